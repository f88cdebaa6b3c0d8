import type { ErrorCode } from '../../shared/contract/errorCode';
import { callMetaSchema } from '../../shared/contract/callMeta';
import type { Result } from '../../shared/contract/result';
import { fail, ok } from '../../shared/contract/result';
import type { Language } from '../../shared/domain/language';
import { latestGoodBackup } from '../backup/latestGoodBackup';
import { restoreDatabase } from '../backup/restoreDatabase';
import { translate } from '../i18n/translate';
import { AppError } from './AppError';
import type { ChangeFeed } from './changeFeed';
import type { Backend, BackendOptions } from './createBackend';

/**
 * The back end of a database that failed its check at start: it answers `getStoreHealth` (damaged, and the latest good
 * backup) and `restoreLatestBackup` (that backup, from the database's own folder, put in its place); every other call
 * fails with DATABASE_DAMAGED until the restore, after which `reopen` gives the healthy back end every call goes to.
 */
export function damagedBackend(options: BackendOptions, reopen: () => Backend, changes: ChangeFeed): Backend {
  const { databasePath } = options;
  let healthy: Backend | undefined;
  let candidate: ReturnType<typeof latestGoodBackup> | null = null;
  let restoring: Promise<Result<unknown>> | undefined;
  // Nothing is written while damaged; once restored, the healthy back end's writes are announced on the same feed.
  const findCandidate = () => {
    candidate ??= latestGoodBackup(databasePath, options.nativeBinding).catch((error: unknown) => {
      candidate = null;
      throw error;
    });
    return candidate;
  };
  return {
    databasePath,
    changes,
    dispatch: async (method, input, meta, source) => {
      if (healthy) return healthy.dispatch(method, input, meta, source);
      const parsed = callMetaSchema.safeParse(meta ?? {});
      const locale: Language = (parsed.success ? parsed.data.locale : undefined) ?? 'es';
      const failure = (code: ErrorCode, details: Record<string, unknown>) => fail({ code, message: translate(locale, `errors.${code}`, details), details });
      if (method === 'getStoreHealth') return ok({ damaged: true, latestBackup: (await findCandidate())?.takenAt.toISOString() ?? null });
      if (method !== 'restoreLatestBackup') return failure('DATABASE_DAMAGED', { path: databasePath });
      // Never on an office server: whoever opened its page could put a backup in its place (IT restores it there).
      if (options.office) return failure('ON_OFFICE_SERVER', { method });
      // One restore at a time: a second click while the backup is checked waits for the first and gets its answer.
      restoring ??= (async () => {
        const backup = await findCandidate();
        if (!backup) return failure('NO_BACKUP', { path: databasePath });
        try {
          const outcome = await restoreDatabase(databasePath, backup.path, (options.now ?? (() => new Date()))(), options.nativeBinding);
          healthy = reopen();
          healthy.changes.subscribe((change) => changes.publish(change));
          return ok({ restoredFrom: outcome.restoredFrom, takenAt: backup.takenAt.toISOString() });
        } catch (error) {
          if (error instanceof AppError) return failure(error.code, error.details);
          options.logInternal?.('restoreLatestBackup', error);
          return failure('INTERNAL', { detail: error instanceof Error ? error.message : String(error) });
        }
      })().finally(() => {
        restoring = undefined;
      });
      return restoring;
    },
    close: async () => {
      await healthy?.close();
    },
  };
}
