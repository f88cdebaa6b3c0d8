import { SessionStore } from '../auth/SessionStore';
import { defaultPrinter } from '../export/pdf/defaultPrinter';
import type { PdfPrinter } from '../export/pdf/PdfPrinter';
import { openStore } from '../repositories/openStore';
import { allHandlers } from './allHandlers';
import type { Dispatch, InternalErrorLog } from './createDispatcher';
import { createDispatcher } from './createDispatcher';

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
  const store = openStore(options.databasePath, { nativeBinding: options.nativeBinding, busyTimeoutMs: options.busyTimeoutMs });
  const context = {
    store,
    repos: store.repos,
    databasePath: options.databasePath,
    sessions: new SessionStore(),
    workstationName: options.workstationName,
    now: options.now ?? (() => new Date()),
    printer: options.printer ?? defaultPrinter(),
  };
  return {
    dispatch: createDispatcher(allHandlers, context, options.logInternal),
    databasePath: options.databasePath,
    close: async () => {
      store.close();
      await context.printer.close();
    },
  };
}
