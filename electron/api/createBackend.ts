import { openDatabase } from '../db/openDatabase';
import type { Actor } from './Actor';
import type { Dispatch, InternalErrorLog } from './createDispatcher';
import { createDispatcher } from './createDispatcher';
import { allHandlers } from './allHandlers';
import { resolveActor } from './resolveActor';

/** How to start the back end. */
export interface BackendOptions {
  databasePath: string;
  /** better-sqlite3 addon built for Electron, when running inside it. */
  nativeBinding?: string | undefined;
  /** Who says they are working (`--as`). */
  actorName?: string | undefined;
  now?: () => Date;
  logInternal?: InternalErrorLog;
}

/** The running back end: one store, one actor, one dispatch function. */
export interface Backend {
  dispatch: Dispatch;
  databasePath: string;
  actor: Actor;
  close(): void;
}

/** Opens the store (migrating it) and returns the contract's dispatcher over it. Throws AppError on a refused store. */
export function createBackend(options: BackendOptions): Backend {
  const db = openDatabase(options.databasePath, { nativeBinding: options.nativeBinding });
  try {
    const actor = resolveActor(db, options.actorName);
    const context = { db, actor, databasePath: options.databasePath, now: options.now ?? (() => new Date()) };
    return {
      dispatch: createDispatcher(allHandlers, context, options.logInternal),
      databasePath: options.databasePath,
      actor,
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
