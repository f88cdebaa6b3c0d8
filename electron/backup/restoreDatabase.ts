import { constants, copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../api/AppError';
import { latestSchemaVersion } from '../db/openDatabase';
import { backupFolder } from './backupFolder';
import { inspectOffThread } from './inspectOffThread';

/** What a restore did: which file it put in place, and where the database it replaced was kept. */
export interface RestoreOutcome {
  restoredFrom: string;
  safetyCopy: string | null;
}

/** Refuses (AppError) a file that is not a Redacta database, is damaged, or comes from a newer schema. */
export async function assertRestorable(file: string, nativeBinding?: string): Promise<void> {
  // Checked on a worker thread: the app's window keeps answering while a large backup is read through.
  const verdict = await inspectOffThread(file, 'full', nativeBinding);
  if (verdict.kind === 'not-redacta') throw new AppError('NOT_A_REDACTA_DATABASE', { file });
  if (verdict.kind === 'damaged') throw new AppError('BACKUP_DAMAGED', { file });
  if (verdict.schemaVersion > latestSchemaVersion) {
    throw new AppError('DATABASE_TOO_NEW', { path: file, found: verdict.schemaVersion, supported: latestSchemaVersion });
  }
}

/**
 * Replaces the database at `databasePath` with the backup `file`, with no connection to it open in this process. Refuses
 * a file that is not a Redacta database, is damaged, or comes from a newer schema; refuses while another process has the
 * database open. Keeps the current database (and its -wal) in the backups folder as `before-restore-….sqlite3` first.
 */
export async function restoreDatabase(databasePath: string, file: string, now: Date, nativeBinding?: string): Promise<RestoreOutcome> {
  await assertRestorable(file, nativeBinding);
  return putInPlace(databasePath, file, now, nativeBinding);
}

/** restoreDatabase once the file is known restorable (assertRestorable): refuses only while another process has the database open. */
export function putInPlace(databasePath: string, file: string, now: Date, nativeBinding?: string): RestoreOutcome {
  assertNotInUse(databasePath, nativeBinding);

  const folder = backupFolder(databasePath);
  mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().slice(0, 23).replaceAll(':', '').replace('.', '-');
  const incoming = `${databasePath}.restoring`;
  copyFileSync(file, incoming);
  endSessions(incoming, nativeBinding);
  let safetyCopy: string | null = null;
  if (existsSync(databasePath)) {
    // Never over an earlier safety copy: two restores in one instant each keep what they replaced.
    let taken = 0;
    do safetyCopy = join(folder, `before-restore-${stamp}Z${taken++ === 0 ? '' : `-${taken}`}.sqlite3`);
    while (existsSync(safetyCopy));
    copyFileSync(databasePath, safetyCopy, constants.COPYFILE_EXCL);
    if (existsSync(`${databasePath}-wal`)) copyFileSync(`${databasePath}-wal`, `${safetyCopy}-wal`, constants.COPYFILE_EXCL);
  }
  // The old write-ahead log must go before the new file arrives: SQLite would replay it onto the restored pages.
  rmSync(`${databasePath}-wal`, { force: true });
  rmSync(`${databasePath}-shm`, { force: true });
  renameSync(incoming, databasePath);
  return { restoredFrom: basename(file), safetyCopy };
}

/**
 * Whether another process holds the database open: SQLite deletes the -wal when the last connection closes, so if it is
 * still there after this process opens and closes its own, someone else has it (the app, `serve`).
 */
function assertNotInUse(databasePath: string, nativeBinding?: string): void {
  if (!existsSync(databasePath)) return;
  try {
    const db = new BetterSqlite3(databasePath, { fileMustExist: true, nativeBinding });
    db.pragma('journal_mode');
    db.close();
  } catch {
    // A damaged file may not even open: nobody is working on it, and it is about to be replaced.
    return;
  }
  if (existsSync(`${databasePath}-wal`)) throw new AppError('DATABASE_IN_USE', { path: databasePath });
}

/**
 * The sessions a backup holds end before it takes the database's place: nobody signed out since, deactivated or given
 * a new passphrase comes back with an old token (a backup older than sessions in the store has none).
 */
function endSessions(file: string, nativeBinding?: string): void {
  const db = new BetterSqlite3(file, { fileMustExist: true, nativeBinding });
  try {
    const kept = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sessions'").get();
    if (kept) db.exec('DELETE FROM sessions');
    // Folded into the file itself: the restored database has no log of its own beside it.
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
