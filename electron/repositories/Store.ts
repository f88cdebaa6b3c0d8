import type { Engine } from '../db/Engine';
import type { Repositories } from './createRepositories';

/** The system of record on either engine: the two ways the dispatcher runs a call on its repositories. */
export interface Store {
  readonly engine: Engine;
  /**
   * Runs `work` in one write transaction, awaiting it. Writes are one at a time across every process on the database
   * (SQLite's BEGIN IMMEDIATE; PostgreSQL's transaction-scoped advisory lock): whatever a rule reads in it stays true
   * until it commits.
   */
  write<T>(work: (repos: Repositories) => T | Promise<T>): Promise<T>;
  /** Runs `work` in one read snapshot for all it reads; never waits for a write under way. */
  read<T>(work: (repos: Repositories) => T | Promise<T>): Promise<T>;
  /** Waits for nothing more: closes the connections. */
  close(): Promise<void>;
}
