import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupFile } from './backupFolder';
import { backupFileName, listBackups } from './backupFolder';
import { keptBackups } from './backupRetention';
import type { BackupSource } from './copyDatabase';
import { copyDatabase } from './copyDatabase';

/** Writes a checked backup of the open database into `folder`, then deletes those the retention rule no longer keeps. */
export async function writeBackup(source: BackupSource, folder: string, now: Date, nativeBinding?: string): Promise<BackupFile> {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, backupFileName(now));
  await copyDatabase(source, path, nativeBinding);
  pruneBackups(folder);
  return { path, takenAt: now };
}

/** Deletes the backups in `folder` the retention rule does not keep. */
export function pruneBackups(folder: string): void {
  const backups = listBackups(folder);
  const kept = new Set(keptBackups(backups.map((backup) => backup.takenAt)));
  for (const backup of backups) if (!kept.has(backup.takenAt)) rmSync(backup.path, { force: true });
}
