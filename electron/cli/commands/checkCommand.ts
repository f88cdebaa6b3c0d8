import { existsSync } from 'node:fs';
import { inspectDatabaseFile } from '../../backup/inspectDatabaseFile';
import { latestGoodBackup } from '../../backup/latestGoodBackup';
import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';

/** `check`: SQLite's full integrity check of the database, in one line: exit 0 when intact, 1 when damaged (with the latest good backup). */
export async function checkCommand({ databasePath, io, t }: CliContext): Promise<void> {
  if (!existsSync(databasePath)) throw new CliError(1, t('backup.cli.missing', { file: databasePath }));
  const verdict = inspectDatabaseFile(databasePath, 'full');
  if (verdict.kind === 'intact') {
    io.out(t('backup.cli.intact', { file: databasePath, schema: verdict.schemaVersion }));
    return;
  }
  const detail = verdict.kind === 'damaged' ? (verdict.problems[0] ?? '') : t('backup.cli.notADatabase');
  const backup = await latestGoodBackup(databasePath);
  const advice = backup ? t('backup.cli.latestGood', { file: backup.path }) : t('backup.cli.noGood');
  throw new CliError(1, t('backup.cli.damaged', { file: databasePath, detail, advice }));
}
