import { Kysely, PostgresDialect, sql } from 'kysely';
import { openOfficePool } from '../db/postgres/openOfficePool';
import type { StoreSchema } from '../db/schema/StoreSchema';
import { repositoriesOn } from './createRepositories';
import type { Repositories } from './createRepositories';
import type { Store } from './Store';
import { TransactionScope } from './TransactionScope';

/** How to open an office database. */
export interface PostgresStoreOptions {
  /** Connections kept at most (10 unless said). */
  maxConnections?: number | undefined;
  /** How long a write waits for another's before giving up (STORE_BUSY); 10 s unless said. */
  busyTimeoutMs?: number | undefined;
}

/** The advisory lock every write takes: one number for Redacta's writes on this database. */
const writeLock = 0x52_45_44_41; // "REDA"

/**
 * Opens the office database at `url` (checked reachable, then migrated): a pool of connections. Writes take one
 * transaction-scoped advisory lock, so they run one at a time across every back end on the database, as on SQLite:
 * every rule a write checks (four eyes, the last administrator, a base revision) holds until it commits. An approval
 * also locks its series' counter row (numberLogRepository). Reads run in a REPEATABLE READ snapshot and never wait.
 */
export async function openPostgresStore(url: string, where: string, options: PostgresStoreOptions = {}): Promise<Store> {
  // A call whose connection the server ends answers DATABASE_UNREACHABLE (see openOfficePool).
  const pool = await openOfficePool(url, where, options.maxConnections ?? 10);
  const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
  // The transaction's queries end with it (TransactionScope), whether it commits or not.
  const scoped = async <T>(trx: Kysely<StoreSchema>, work: (repos: Repositories) => T | Promise<T>): Promise<T> => {
    const scope = new TransactionScope();
    try {
      return await work(repositoriesOn(trx.withPlugin(scope), 'postgres'));
    } finally {
      scope.end();
    }
  };
  const waitMs = Math.max(1, Math.round(options.busyTimeoutMs ?? 10_000));
  return {
    engine: 'postgres',
    write: (work) =>
      db.transaction().execute(async (trx) => {
        // One round trip: how long to wait for the lock (this transaction only), then the lock.
        await sql`SELECT set_config('lock_timeout', ${String(waitMs)}, true), pg_advisory_xact_lock(${writeLock})`.execute(trx);
        return scoped(trx, work);
      }),
    read: (work) =>
      db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute((trx) => scoped(trx, work)),
    close: () => db.destroy(),
  };
}
