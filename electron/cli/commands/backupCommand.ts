import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../api/AppError';
import { backupFolder } from '../../backup/backupFolder';
import { copyDatabase } from '../../backup/copyDatabase';
import { writeBackup } from '../../backup/writeBackup';
import { openDatabase } from '../../db/openDatabase';
import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';

/**
 * `backup [FILE] [--overwrite]`: a checked copy of the database, made with SQLite's online backup while others may be
 * writing; into FILE, or else into the backups folder beside the database (where the retention rule then applies).
 */
export async function backupCommand({ positionals, options, databasePath, io, t }: CliContext): Promise<void> {
  const target = positionals[1];
  if (target !== undefined && existsSync(target) && !options.overwrite) throw new CliError(1, t('backup.cli.exists', { file: target }));
  try {
    const db = openDatabase(databasePath);
    try {
      if (target === undefined) {
        const backup = await writeBackup(db, backupFolder(databasePath), new Date());
        io.out(t('backup.cli.written', { file: backup.path }));
      } else {
        await copyDatabase(db, resolve(target));
        io.out(t('backup.cli.written', { file: resolve(target) }));
      }
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof AppError) throw new CliError(1, t(`errors.${error.code}`, error.details));
    throw error;
  }
}
