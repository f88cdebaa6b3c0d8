import { AppError } from '../../api/AppError';
import { restoreDatabase } from '../../backup/restoreDatabase';
import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';

/**
 * `restore FILE`: puts a backup in the database's place, after checking it is an intact Redacta database of a schema
 * this build reads, and keeping the current database aside; refused while the app or `serve` has the database open.
 */
export async function restoreCommand({ positionals, databasePath, io, t }: CliContext): Promise<void> {
  const file = positionals[1];
  if (file === undefined) throw new CliError(2, t('cli.missingArgument', { what: t('backup.cli.arg') }));
  try {
    const outcome = await restoreDatabase(databasePath, file, new Date());
    io.out(t('backup.cli.restored', { file: outcome.restoredFrom, database: databasePath }));
    if (outcome.safetyCopy) io.out(t('backup.cli.safetyCopy', { file: outcome.safetyCopy }));
  } catch (error) {
    if (error instanceof AppError) throw new CliError(1, t(`errors.${error.code}`, error.details));
    throw error;
  }
}
