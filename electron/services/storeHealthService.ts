import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import { backupFolder, listBackups } from '../backup/backupFolder';

/** A store that opened passed its check: it is healthy, and it is in use, so it is not replaced under the running app. */
export const storeHealthService: Pick<Handlers, 'getStoreHealth' | 'restoreLatestBackup'> = {
  getStoreHealth: (_input, { databasePath, engine }) => ({
    damaged: false,
    // An office database has no backups folder here: its server keeps them.
    latestBackup: engine === 'sqlite' ? (listBackups(backupFolder(databasePath))[0]?.takenAt.toISOString() ?? null) : null,
  }),
  restoreLatestBackup: (_input, { databasePath }) => {
    throw new AppError('DATABASE_IN_USE', { path: databasePath });
  },
};
