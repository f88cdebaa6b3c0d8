import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** A new, empty database on the run's PostgreSQL (tests/setup/postgres.ts): its address, a pool on it, and its removal. */
export async function freshPostgresDatabase(): Promise<{ url: string; pool: pg.Pool; drop(): Promise<void> }> {
  const admin = inject('postgresUrl');
  const name = `redacta_test_${randomBytes(6).toString('hex')}`;
  const server = new pg.Client({ connectionString: admin });
  await server.connect();
  await server.query(`CREATE DATABASE ${name}`);
  await server.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 8 });
  // The database is dropped with its connections at the end: the server ending an idle one then is expected.
  pool.on('error', () => undefined);
  return {
    url: url.toString(),
    pool,
    drop: async () => {
      await pool.end();
      const closing = new pg.Client({ connectionString: admin });
      await closing.connect();
      await closing.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await closing.end();
    },
  };
}
