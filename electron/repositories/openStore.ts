import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { StoreSchema } from '../db/schema/StoreSchema';
import type { OpenDatabaseOptions } from '../db/openDatabase';
import { openDatabase } from '../db/openDatabase';
import { repositoriesOn } from './createRepositories';
import { preparedOnce } from './preparedOnce';
import type { Store } from './Store';
import { TransactionScope } from './TransactionScope';

/** The SQLite store: a Store, and SQLite's online backup of its file. */
export interface SqliteStore extends Store {
  /** Copies the store to `destination` with SQLite's online backup; writes carry on meanwhile. */
  backup(destination: string): Promise<unknown>;
}

/** Readers kept open at most: reads that wait on something else (a file parsed) do not hold up the others. */
const maxReaders = 4;

interface Reader {
  db: BetterSqlite3.Database;
  queries: Kysely<StoreSchema>;
}

/** Opens (creating and migrating) the SQLite store at `path`: one connection that writes, a few that read (WAL). */
export function openStore(path: string, options: OpenDatabaseOptions = {}): SqliteStore {
  const db = openDatabase(path, options);
  const openReader = (): Reader => {
    const reader = new BetterSqlite3(path, {
      readonly: true,
      fileMustExist: true,
      timeout: options.busyTimeoutMs ?? 10_000,
      nativeBinding: options.nativeBinding,
    });
    return { db: reader, queries: new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: preparedOnce(reader) }) }) };
  };
  const readers: Reader[] = [];
  try {
    readers.push(openReader());
  } catch (error) {
    // Never a writing connection left open without its store: it would keep the file "in use".
    db.close();
    throw error;
  }
  const idle = [...readers];
  const waiting: { resolve(reader: Reader): void; reject(error: Error): void }[] = [];
  let closed = false;
  const acquire = (): Promise<Reader> => {
    if (closed) return Promise.reject(new Error('the store is closed'));
    const free = idle.pop();
    if (free) return Promise.resolve(free);
    if (readers.length < maxReaders) {
      const opened = openReader();
      readers.push(opened);
      return Promise.resolve(opened);
    }
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  };
  const release = (reader: Reader) => {
    // A reader left inside a transaction (its COMMIT failed) is not lent again: it goes, and a fresh one may open.
    if (reader.db.open && reader.db.inTransaction) {
      reader.db.close();
      readers.splice(readers.indexOf(reader), 1);
      const next = waiting.shift();
      if (next && !closed) {
        const opened = openReader();
        readers.push(opened);
        next.resolve(opened);
      }
      return;
    }
    const next = waiting.shift();
    if (next) next.resolve(reader);
    else idle.push(reader);
  };
  // The query builder over the writing connection: its driver holds the connection for one transaction at a time.
  const writer = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: preparedOnce(db) }) });
  return {
    engine: 'sqlite',
    // The connection is held for the whole transaction: another write in this process waits for it to end.
    write: (work) =>
      writer.connection().execute(async (connection) => {
        await sql`BEGIN IMMEDIATE`.execute(connection);
        const scope = new TransactionScope();
        try {
          const result = await work(repositoriesOn(connection.withPlugin(scope), 'sqlite'));
          scope.end();
          await sql`COMMIT`.execute(connection);
          return result;
        } catch (error) {
          scope.end();
          if (db.inTransaction) await sql`ROLLBACK`.execute(connection);
          throw error;
        }
      }),
    read: async (work) => {
      const reader = await acquire();
      try {
        // WAL: the snapshot starts at the first read and holds until COMMIT, whatever commits meanwhile.
        reader.db.exec('BEGIN DEFERRED');
        const scope = new TransactionScope();
        try {
          const result = await work(repositoriesOn(reader.queries.withPlugin(scope), 'sqlite'));
          scope.end();
          // A call that closed the store meanwhile (a restore puts another file in its place) has nothing left to end.
          if (reader.db.open) reader.db.exec('COMMIT');
          return result;
        } catch (error) {
          scope.end();
          if (reader.db.open && reader.db.inTransaction) reader.db.exec('ROLLBACK');
          throw error;
        }
      } finally {
        release(reader);
      }
    },
    backup: (destination) => db.backup(destination),
    close: async () => {
      closed = true;
      for (const next of waiting.splice(0)) next.reject(new Error('the store is closed'));
      for (const reader of readers) reader.db.close();
      db.close();
    },
  };
}
