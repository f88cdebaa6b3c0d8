import pg from 'pg';
import { migratePostgres } from './migratePostgres';
import { postgresMigrations } from './migrations/migrations';
import { reachPostgres } from './reachPostgres';

/**
 * A pool of connections to an office database, reached and migrated before it is handed over (what stops it is one
 * typed error, and the pool is closed). A connection the server ends (a restart, a terminated session), idle or in use,
 * never ends the process: an idle one is replaced on the next query, and the query of one in use fails.
 */
export async function openOfficePool(url: string, where: string, maxConnections: number): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    await reachPostgres(pool, where);
    await migratePostgres(pool, postgresMigrations, where);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}
