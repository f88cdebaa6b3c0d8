import type { Database } from 'better-sqlite3';
import type { Actor } from './Actor';

/** What every contract handler may use. */
export interface HandlerContext {
  db: Database;
  actor: Actor;
  databasePath: string;
  /** The current time; injected so tests can fix it. */
  now(): Date;
}
