import { latestSchemaVersion } from '../db/openDatabase';
import type { BackupFile } from './backupFolder';
import { backupFolder, listBackups } from './backupFolder';
import { inspectOffThread } from './inspectOffThread';

/** The newest backup of the database that is intact and of a schema this build reads (checked newest first), if any. */
export async function latestGoodBackup(databasePath: string, nativeBinding?: string): Promise<BackupFile | undefined> {
  for (const backup of listBackups(backupFolder(databasePath))) {
    const verdict = await inspectOffThread(backup.path, 'full', nativeBinding);
    if (verdict.kind === 'intact' && verdict.schemaVersion <= latestSchemaVersion) return backup;
  }
  return undefined;
}
