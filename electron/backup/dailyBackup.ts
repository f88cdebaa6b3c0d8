import { backupFolder, listBackups } from './backupFolder';
import type { BackupSource } from './copyDatabase';
import { writeBackup } from './writeBackup';

const day = 24 * 60 * 60 * 1000;
/** How often a long-running process looks whether a day has passed since the last backup. */
const lookEveryMs = 60 * 60 * 1000;

/** Writes a backup beside the database when the newest one is a day old or more (or there is none); says whether it did. */
export async function backupIfDue(source: BackupSource, databasePath: string, now: Date, nativeBinding?: string): Promise<boolean> {
  const folder = backupFolder(databasePath);
  const newest = listBackups(folder)[0];
  if (newest && now.getTime() - newest.takenAt.getTime() < day) return false;
  await writeBackup(source, folder, now, nativeBinding);
  return true;
}

/**
 * The app's and `serve`'s daily backup: one at start if due, then a look every hour, on a timer that never keeps the
 * process alive. A failure is reported, never thrown: the office keeps working. Returns the function that stops it
 * (after the backup under way, if any, so the store is not closed under it).
 */
export function startDailyBackups(
  source: BackupSource,
  databasePath: string,
  options: { now: () => Date; nativeBinding?: string | undefined; report: (error: unknown) => void },
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const look = () => {
    running = running.then(() => backupIfDue(source, databasePath, options.now(), options.nativeBinding)).catch(options.report);
  };
  look();
  const timer = setInterval(look, lookEveryMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
