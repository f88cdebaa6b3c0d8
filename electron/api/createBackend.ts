import { memorySignInAttempts } from '../auth/memorySignInAttempts';
import { inspectOffThread } from '../backup/inspectOffThread';
import type { RestoreOutcome } from '../backup/restoreDatabase';
import { assertRestorable, putInPlace } from '../backup/restoreDatabase';
import { checkedAtOpen } from '../db/openDatabase';
import { defaultPrinter } from '../export/pdf/defaultPrinter';
import type { PdfPrinter } from '../export/pdf/PdfPrinter';
import { AppError } from './AppError';
import type { ChangeFeed } from './changeFeed';
import { changeFeed } from './changeFeed';
import type { Dispatch, InternalErrorLog } from './createDispatcher';
import { damagedBackend } from './damagedBackend';
import type { BackendShared } from './openHealthyBackend';
import { openHealthyBackend } from './openHealthyBackend';

/** How to start the back end. */
export interface BackendOptions {
  databasePath: string;
  /** better-sqlite3 addon built for Electron, when running inside it. */
  nativeBinding?: string | undefined;
  /** How long a write waits for another process's lock (10 s unless said). */
  busyTimeoutMs?: number | undefined;
  /** An office server (`serve --office`): signed-in people only, no one-person workstation. */
  office?: boolean;
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
  /** Writes as they land, announced to whoever listens (an office server's screens). */
  changes: ChangeFeed;
  databasePath: string;
  /** Closes the store and lets the warm PDF browser go. */
  close(): Promise<void>;
}

/**
 * Opens the store (migrating it) and returns the contract's dispatcher over it. Throws AppError on a refused store. The
 * back end answering may change while it runs: to the damaged one when a background check fails, and to the same store
 * opened again when an administrator restores a backup (`replaceStore`); every call goes to the current one.
 */
export function createBackend(options: BackendOptions): Backend {
  const logInternal = options.logInternal ?? ((method: string, error: unknown) => console.error(`[redacta] ${method} failed:`, error));
  const printer = options.printer ?? defaultPrinter();
  const now = options.now ?? (() => new Date());
  const checkLater = options.offerRestore === true && !checkedAtOpen(options.databasePath, options);
  let current: Backend;
  // The back end opened at start; a background check's verdict is about it, not about one restored since.
  let opened: Backend | undefined;
  let restoring: Promise<unknown> = Promise.resolve();
  const shared: BackendShared = {
    printer,
    signInAttempts: memorySignInAttempts(),
    logInternal,
    changes: changeFeed(),
    replaceStore: (file, by) => {
      // One restore at a time; a refused file is refused before the store closes, so nothing changes and nobody is signed out.
      const run = restoring.then(async () => {
        await assertRestorable(file, options.nativeBinding);
        await current.close();
        let outcome: RestoreOutcome;
        try {
          outcome = putInPlace(options.databasePath, file, now(), options.nativeBinding);
        } finally {
          // Done or refused (another process has the store open), the store opens again; if it cannot, the restore screen.
          try {
            current = openHealthyBackend(options, shared);
          } catch (error) {
            logInternal('replaceStore', error);
            current = damagedBackend(options, () => createBackend({ ...options, offerRestore: false }), shared.changes);
          }
        }
        if (!('store' in current)) throw new AppError('DATABASE_DAMAGED', { path: options.databasePath });
        const { store } = current as ReturnType<typeof openHealthyBackend>;
        const details = { file, keptAside: outcome.safetyCopy };
        await store.write(async (repos) => {
          // Nobody goes on with a session the copy held: everyone signs in again, as after any restore.
          await repos.sessions.removeAll();
          await repos.audit.append({ at: now().toISOString(), actor: by, action: 'backup-restored', communiqueId: null, details });
        });
        return outcome;
      });
      restoring = run.catch(() => undefined);
      return run;
    },
  };
  try {
    current = openHealthyBackend(options, shared);
    opened = current;
  } catch (error) {
    if (options.offerRestore && error instanceof AppError && error.code === 'DATABASE_DAMAGED') {
      current = damagedBackend(options, () => createBackend({ ...options, offerRestore: false }), shared.changes);
    } else {
      void printer.close();
      throw error;
    }
  }
  const stop = new AbortController();
  // Only a store that opened is checked in the background (one that failed to open already offers its backup).
  const checked = checkLater && opened ? checkInBackground(options, stop.signal, logInternal) : Promise.resolve(false);
  // Found damaged once started: every call after goes to the back end that offers the latest good backup, unless a
  // restore has replaced the store meanwhile (then the verdict was about a file that is no longer there).
  const switched = checked.then(async (damaged) => {
    if (!damaged || current !== opened) return;
    const healthy = current;
    current = damagedBackend(options, () => createBackend({ ...options, offerRestore: false }), shared.changes);
    await healthy.close();
  });
  return {
    databasePath: options.databasePath,
    dispatch: (method, input, meta, source) => current.dispatch(method, input, meta, source),
    changes: shared.changes,
    close: async () => {
      stop.abort();
      await switched;
      await restoring;
      await current.close();
      await printer.close();
    },
  };
}

/** A store opened unchecked (too large to check at start) gets its quick check on a worker thread: whether it is damaged. */
async function checkInBackground(options: BackendOptions, signal: AbortSignal, logInternal: InternalErrorLog): Promise<boolean> {
  try {
    const verdict = await inspectOffThread(options.databasePath, 'quick', options.nativeBinding, signal);
    // Only damage the check found counts; a check that could not run (busy, out of memory) says nothing of the file.
    if (verdict.kind !== 'damaged') return false;
    logInternal('startCheck', new Error(`${options.databasePath} is damaged: ${verdict.problems.join('; ')}`));
    return true;
  } catch (error) {
    if (!signal.aborted) logInternal('startCheck', error);
    return false;
  }
}
