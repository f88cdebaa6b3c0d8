import type { SignInAttempts } from '../auth/SignInAttempts';
import { startDailyBackups } from '../backup/dailyBackup';
import type { RestoreOutcome } from '../backup/restoreDatabase';
import type { PdfPrinter } from '../export/pdf/PdfPrinter';
import type { SqliteStore } from '../repositories/openStore';
import { openStore } from '../repositories/openStore';
import { allHandlers } from './allHandlers';
import type { BackendOptions } from './createBackend';
import type { InternalErrorLog } from './createDispatcher';
import { createDispatcher } from './createDispatcher';
import type { Backend } from './createBackend';
import type { ChangeFeed } from './changeFeed';

/** What outlives one opening of the store: the printer, the sign-in throttle, and the way to put a backup in its place. */
export interface BackendShared {
  printer: PdfPrinter;
  signInAttempts: SignInAttempts;
  replaceStore(file: string, by: string): Promise<RestoreOutcome>;
  logInternal: InternalErrorLog;
  /** One feed for the back end's life: a restore reopens the store, and the screens listening go on hearing. */
  changes: ChangeFeed;
}

/**
 * Opens the store (migrating it; throws AppError on a refused one) and the contract's dispatcher over it, with its own
 * sessions and daily backups. Closing it leaves the shared printer open (createBackend closes it last).
 */
export function openHealthyBackend(options: BackendOptions, shared: BackendShared): Backend & { store: SqliteStore } {
  const store = openStore(options.databasePath, {
    nativeBinding: options.nativeBinding,
    busyTimeoutMs: options.busyTimeoutMs,
    startCheckUpToBytes: options.startCheckUpToBytes,
  });
  const context = {
    store,
    engine: 'sqlite' as const,
    databasePath: options.databasePath,
    office: options.office === true,
    changes: shared.changes,
    signInAttempts: shared.signInAttempts,
    workstationName: options.workstationName,
    now: options.now ?? (() => new Date()),
    printer: shared.printer,
    backupSource: store,
    nativeBinding: options.nativeBinding,
    replaceStore: shared.replaceStore,
  };
  const stopBackups = options.dailyBackups
    ? startDailyBackups(store, options.databasePath, {
        now: context.now,
        nativeBinding: options.nativeBinding,
        report: (error) => shared.logInternal('dailyBackup', error),
      })
    : async () => undefined;
  return {
    store,
    dispatch: createDispatcher(allHandlers, context, options.logInternal),
    changes: shared.changes,
    databasePath: options.databasePath,
    close: async () => {
      await stopBackups();
      await store.close();
    },
  };
}
