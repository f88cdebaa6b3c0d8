import { memorySessionStore } from '../auth/memorySessionStore';
import { memorySignInAttempts } from '../auth/memorySignInAttempts';
import { defaultPrinter } from '../export/pdf/defaultPrinter';
import type { PdfPrinter } from '../export/pdf/PdfPrinter';
import { startDailyBackups } from '../backup/dailyBackup';
import type { Store } from '../repositories/openStore';
import { openStore } from '../repositories/openStore';
import { AppError } from './AppError';
import { allHandlers } from './allHandlers';
import type { Dispatch, InternalErrorLog } from './createDispatcher';
import { createDispatcher } from './createDispatcher';
import { damagedBackend } from './damagedBackend';
import { inspectOffThread } from '../backup/inspectOffThread';
import { checkedAtOpen } from '../db/openDatabase';

/** How to start the back end. */
export interface BackendOptions {
  databasePath: string;
  /** better-sqlite3 addon built for Electron, when running inside it. */
  nativeBinding?: string | undefined;
  /** How long a write waits for another process's lock (10 s unless said). */
  busyTimeoutMs?: number | undefined;
  /** The name a workstation without profiles records (`--as`). */
  workstationName?: string | undefined;
  now?: () => Date;
  logInternal?: InternalErrorLog;
  /** The PDF printer: Electron's inside the app; the machine's Chromium otherwise. */
  printer?: PdfPrinter;
  /** The app and `serve`: a backup beside the store at start when the last is a day old, then daily (see dailyBackup). */
  dailyBackups?: boolean;
  /**
   * The app and `serve`: a damaged store gives a back end that offers its latest good backup instead of refusing to start;
   * a store too large to check at start is checked on a worker thread, and the back end turns into that one if it fails.
   */
  offerRestore?: boolean;
  /** Largest store checked before it opens (see openDatabase); larger ones are checked in the background. */
  startCheckUpToBytes?: number | undefined;
}

/** The running back end: one store, its sessions, one dispatch function. */
export interface Backend {
  dispatch: Dispatch;
  databasePath: string;
  /** Closes the store and lets the warm PDF browser go. */
  close(): Promise<void>;
}

/** Opens the store (migrating it) and returns the contract's dispatcher over it. Throws AppError on a refused store. */
export function createBackend(options: BackendOptions): Backend {
  let store: Store;
  const checkLater = options.offerRestore === true && !checkedAtOpen(options.databasePath, options);
  try {
    store = openStore(options.databasePath, {
      nativeBinding: options.nativeBinding,
      busyTimeoutMs: options.busyTimeoutMs,
      startCheckUpToBytes: options.startCheckUpToBytes,
    });
  } catch (error) {
    if (options.offerRestore && error instanceof AppError && error.code === 'DATABASE_DAMAGED') {
      return damagedBackend(options, () => createBackend({ ...options, offerRestore: false }));
    }
    throw error;
  }
  const context = {
    store,
    repos: store.repos,
    databasePath: options.databasePath,
    sessions: memorySessionStore(),
    signInAttempts: memorySignInAttempts(),
    workstationName: options.workstationName,
    now: options.now ?? (() => new Date()),
    printer: options.printer ?? defaultPrinter(),
  };
  const logInternal = options.logInternal ?? ((method: string, error: unknown) => console.error(`[redacta] ${method} failed:`, error));
  const stopBackups = options.dailyBackups
    ? startDailyBackups(store, options.databasePath, {
        now: context.now,
        nativeBinding: options.nativeBinding,
        report: (error) => logInternal('dailyBackup', error),
      })
    : async () => undefined;
  const healthy: Backend = {
    dispatch: createDispatcher(allHandlers, context, options.logInternal),
    databasePath: options.databasePath,
    close: async () => {
      await stopBackups();
      store.close();
      await context.printer.close();
    },
  };
  return checkLater ? checkedInBackground(healthy, options, logInternal) : healthy;
}

/**
 * The back end of a store opened unchecked (too large to check at start): its quick check runs on a worker thread while
 * calls are answered; if it finds damage, the store is closed and every call after goes to the damaged back end, which
 * offers the latest good backup (the screens learn it from their next call's DATABASE_DAMAGED).
 */
function checkedInBackground(healthy: Backend, options: BackendOptions, logInternal: InternalErrorLog): Backend {
  let current = healthy;
  const stop = new AbortController();
  const checked = inspectOffThread(options.databasePath, 'quick', options.nativeBinding, stop.signal)
    .then(async (verdict) => {
      if (verdict.kind !== 'damaged') return;
      logInternal('startCheck', new Error(`${options.databasePath} is damaged: ${verdict.problems.join('; ')}`));
      current = damagedBackend(options, () => createBackend({ ...options, offerRestore: false }));
      await healthy.close();
    })
    .catch((error: unknown) => {
      if (!stop.signal.aborted) logInternal('startCheck', error);
    });
  return {
    databasePath: options.databasePath,
    dispatch: (method, input, meta, source) => current.dispatch(method, input, meta, source),
    close: async () => {
      stop.abort();
      await checked;
      await current.close();
    },
  };
}
