import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { StoreSchema } from '../db/schema/StoreSchema';
import type { OpenDatabaseOptions } from '../db/openDatabase';
import { openDatabase } from '../db/openDatabase';
import type { Repositories } from './createRepositories';
import { createRepositories, repositoriesOn } from './createRepositories';

/** The system of record: its repositories, and the two ways the dispatcher runs a call on them. */
export interface Store {
  /** The repositories on the writing connection, for work outside the dispatcher (benchmarks, tests, a restore's record). */
  readonly repos: Repositories;
  /**
   * Runs `work` in one BEGIN IMMEDIATE transaction on the writing connection, awaiting it (its reads and writes hold the
   * write lock from the first statement); one at a time in this process, the next waiting for the last to end.
   */
  write<T>(work: (repos: Repositories) => T | Promise<T>): Promise<T>;
  /**
   * Runs `work` on the reading connection, in one read snapshot for every statement it runs before its first await;
   * never waits for a write under way (WAL: it reads what was last committed).
   */
  read<T>(work: (repos: Repositories) => T): T;
  /** Copies the store to `destination` with SQLite's online backup; writes carry on meanwhile. */
  backup(destination: string): Promise<unknown>;
  close(): void;
}

/** Opens (creating and migrating) the SQLite store at `path`: one connection that writes, one that reads. */
export function openStore(path: string, options: OpenDatabaseOptions = {}): Store {
  const db = openDatabase(path, options);
  let reader: BetterSqlite3.Database;
  try {
    reader = new BetterSqlite3(path, {
      readonly: true,
      fileMustExist: true,
      timeout: options.busyTimeoutMs ?? 10_000,
      nativeBinding: options.nativeBinding,
    });
  } catch (error) {
    // Never a writing connection left open without its store: it would keep the file "in use".
    db.close();
    throw error;
  }
  // The query builder over each connection: its driver holds a connection for one transaction at a time.
  const writer = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: db }) });
  const readerQueries = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: reader }) });
  const prepared = createRepositories(db);
  const readRepos = repositoriesOn(createRepositories(reader), readerQueries);
  const begin = reader.prepare('BEGIN DEFERRED');
  const commit = reader.prepare('COMMIT');
  const rollback = reader.prepare('ROLLBACK');
  return {
    repos: repositoriesOn(prepared, writer),
    // The connection is held for the whole transaction: another write in this process waits for it to end.
    write: (work) =>
      writer.connection().execute(async (connection) => {
        await sql`BEGIN IMMEDIATE`.execute(connection);
        try {
          const result = await work(repositoriesOn(prepared, connection));
          await sql`COMMIT`.execute(connection);
          return result;
        } catch (error) {
          if (db.inTransaction) await sql`ROLLBACK`.execute(connection);
          throw error;
        }
      }),
    read: (work) => {
      begin.run();
      try {
        // A query that awaits (reading a file, say) returns its promise here: what it reads after that reads committed data.
        const result = work(readRepos);
        commit.run();
        return result;
      } catch (error) {
        if (reader.inTransaction) rollback.run();
        throw error;
      }
    },
    backup: (destination) => db.backup(destination),
    close: () => {
      reader.close();
      db.close();
    },
  };
}
