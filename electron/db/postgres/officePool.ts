import pg from 'pg';

/**
 * A pool of connections to an office database. A connection the server ends (a restart, a terminated session), idle or
 * in use, never ends the process: an idle one is replaced on the next query, and the query of one in use fails.
 */
export function officePool(url: string, maxConnections: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
