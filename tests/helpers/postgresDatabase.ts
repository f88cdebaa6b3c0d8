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

/**
 * An address for a new database on the run's PostgreSQL, known at once (a back end opened lazily can name it before it
 * exists): `create` makes it, `drop` removes it with its connections.
 */
export function postgresDatabaseAddress(): { url: string; create(): Promise<void>; drop(): Promise<void> } {
  const address = newAddress();
  made.push(address);
  return address;
}

/** Every database this test file named (tests/setup/dropDatabases.ts drops them after its last test). */
const made: { drop(): Promise<void> }[] = [];

/** Drops the databases this test file made. */
export async function dropDatabasesMade(): Promise<void> {
  for (const address of made.splice(0)) await address.drop();
}

function newAddress(): { url: string; create(): Promise<void>; drop(): Promise<void> } {
  const admin = inject('postgresUrl');
  const name = `redacta_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const onServer = async (statement: string) => {
    const server = new pg.Client({ connectionString: admin });
    await server.connect();
    try {
      await server.query(statement);
    } finally {
      await server.end();
    }
  };
  return { url: url.toString(), create: () => onServer(`CREATE DATABASE ${name}`), drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
