import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import type { Engine } from '../db/Engine';
import type { BackupFile } from '../backup/backupFolder';
import { backupFileName, backupFolder, listBackups } from '../backup/backupFolder';
import { copyDatabase } from '../backup/copyDatabase';
import { writeBackup } from '../backup/writeBackup';

/** A backup as the screen lists it: its file, when it was taken, its size. */
async function described(backup: BackupFile) {
  const info = await stat(backup.path);
  return { file: backup.path, takenAt: backup.takenAt.toISOString(), bytes: info.size };
}

/** The folder asked for (the backups folder beside the database when none), which must exist; and whether it is that one. */
async function folderOf(folder: string | undefined, databasePath: string): Promise<{ path: string; isBackupsFolder: boolean }> {
  const own = resolve(backupFolder(databasePath));
  const path = resolve(folder ?? own);
  // The backups folder appears with the first backup; any other folder must be there already.
  if (path !== own && !(await stat(path).catch(() => null))?.isDirectory()) throw new AppError('FOLDER_NOT_FOUND', { folder: path });
  return { path, isBackupsFolder: path === own };
}

/** Backups are of a desk's file: an office database is backed up on its server. */
function assertDeskDatabase(engine: Engine, where: string): void {
  if (engine !== 'sqlite') throw new AppError('BACKUPS_ON_SERVER', { where });
}

/** An administrator's backups from the app: list them, make one now, put one in the database's place. */
export const backupService: Pick<Handlers, 'listBackups' | 'backUpNow' | 'restoreBackup'> = {
  listBackups: async ({ folder }, { databasePath, engine }) => {
    assertDeskDatabase(engine, databasePath);
    const where = await folderOf(folder, databasePath);
    return { folder: where.path, isBackupsFolder: where.isBackupsFolder, backups: await Promise.all(listBackups(where.path).map(described)) };
  },

  backUpNow: async ({ folder }, { databasePath, engine, backupSource, nativeBinding, now }) => {
    assertDeskDatabase(engine, databasePath);
    const where = await folderOf(folder, databasePath);
    // To the second, as the file's name records it (and as listBackups reads it back).
    const takenAt = new Date(Math.floor(now().getTime() / 1000) * 1000);
    // Only the backups folder is pruned by the retention rule: another folder (a USB stick) keeps everything it has.
    if (where.isBackupsFolder) return described(await writeBackup(backupSource, where.path, takenAt, nativeBinding));
    const target = join(where.path, backupFileName(takenAt));
    if (await stat(target).catch(() => null)) throw new AppError('BACKUP_FAILED', { folder: where.path, detail: basename(target) });
    await copyDatabase(backupSource, target, nativeBinding);
    return described({ path: target, takenAt });
  },

  restoreBackup: async ({ file }, { databasePath, engine, replaceStore, actor }) => {
    assertDeskDatabase(engine, databasePath);
    // Only a backup as listBackups shows it: Redacta's backup name, in a folder that exists.
    const path = resolve(file);
    const backup = listBackups(dirname(path)).find((listed) => listed.path === path);
    if (!backup) throw new AppError('NOT_A_REDACTA_DATABASE', { file: path });
    if (path === resolve(databasePath)) throw new AppError('DATABASE_IN_USE', { path });
    const outcome = await replaceStore(path, actor.name);
    return { restoredFrom: outcome.restoredFrom, takenAt: backup.takenAt.toISOString(), keptAside: outcome.safetyCopy };
  },
};
