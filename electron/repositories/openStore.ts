import type { OpenDatabaseOptions } from '../db/openDatabase';
import { openDatabase } from '../db/openDatabase';
import type { Repositories } from './createRepositories';
import { createRepositories } from './createRepositories';

/** The system of record: its repositories, and the two ways the dispatcher runs a call on them. */
export interface Store {
  /** Every repository, built once for this store. */
  readonly repos: Repositories;
  /** Runs `work` in one BEGIN IMMEDIATE transaction: its reads and writes hold the write lock from the first statement. */
  write<T>(work: () => T): T;
  /** Runs `work` in one read transaction: every statement it runs before its first await sees the same snapshot. */
  read<T>(work: () => T): T;
  /** Copies the store to `destination` with SQLite's online backup; writes carry on meanwhile. */
  backup(destination: string): Promise<unknown>;
  close(): void;
}

/** Opens (creating and migrating) the SQLite store at `path`. */
export function openStore(path: string, options: OpenDatabaseOptions = {}): Store {
  const db = openDatabase(path, options);
  const repos = createRepositories(db);
  const begin = db.prepare('BEGIN DEFERRED');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  return {
    repos,
    write: (work) => db.transaction(work).immediate(),
    read: (work) => {
      if (db.inTransaction) return work();
      begin.run();
      try {
        // A query that awaits (reading a file, say) returns its promise here: what it reads after that reads committed data.
        const result = work();
        commit.run();
        return result;
      } catch (error) {
        if (db.inTransaction) rollback.run();
        throw error;
      }
    },
    backup: (destination) => db.backup(destination),
    close: () => db.close(),
  };
}
