import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../api/AppError';
import { copyStore } from '../../db/copy/copyStore';
import type { CopyEnd } from '../../db/copy/CopyEnd';
import { sqliteCopyEnd } from '../../db/copy/sqliteCopyEnd';
import type { DatabaseLocation } from '../../db/databaseLocation';
import { databaseLocation, describeDatabase } from '../../db/databaseLocation';
import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';

/** Opens one end of the copy where `--from` or `--to` says (PostgreSQL's driver is loaded only when one is named). */
async function endAt(location: DatabaseLocation): Promise<CopyEnd> {
  if (location.engine === 'sqlite') return sqliteCopyEnd(location.path);
  const { postgresCopyEnd } = await import('../../db/copy/postgresCopyEnd');
  return postgresCopyEnd(location.url, describeDatabase(location));
}

/**
 * `migrate --from FILE|postgres://… --to postgres://…|FILE`: copies a whole store into a new one on either engine (a
 * desk's database into the office's, or the office's into a portable file), keeping ids, versions, numbers, comments,
 * exports and the audit log. The target must be new; nothing is written to it unless everything is.
 */
export async function migrateCommand({ options, io, t }: CliContext): Promise<void> {
  if (!options.from) throw new CliError(2, t('cli.missingArgument', { what: '--from' }));
  if (!options.to) throw new CliError(2, t('cli.missingArgument', { what: '--to' }));
  const from = databaseLocation(options.from);
  const to = databaseLocation(options.to);
  if (from.engine === 'sqlite' && to.engine === 'sqlite' && resolve(from.path) === resolve(to.path)) throw new CliError(2, t('migrate.sameDatabase'));
  // A mistyped source is said so, never copied as a new, empty store.
  if (from.engine === 'sqlite' && !existsSync(from.path)) throw new CliError(1, t('backup.cli.missing', { file: from.path }));
  let source: CopyEnd | undefined;
  let target: CopyEnd | undefined;
  try {
    source = await endAt(from);
    target = await endAt(to);
    const moved = await copyStore(source, target);
    io.out(
      t('migrate.done', {
        from: source.where,
        to: target.where,
        communiques: moved.communiques ?? 0,
        versions: moved.versions ?? 0,
        audit: moved.audit_log ?? 0,
      }),
    );
  } catch (error) {
    if (error instanceof AppError) throw new CliError(1, t(`errors.${error.code}`, error.details));
    throw error;
  } finally {
    await target?.close();
    await source?.close();
  }
}
