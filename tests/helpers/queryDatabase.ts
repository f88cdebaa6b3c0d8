import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { databaseLocation } from '../../electron/db/databaseLocation';

/** A row as a test reads it. */
export type QueriedRow = Record<string, unknown>;

/**
 * Reads a test's database directly, on its engine (`databasePath` as testBackend gives it: a file or a postgres://
 * address), with `?` placeholders: what a test checks the store really holds, past the back end. Counts come back as
 * numbers on both.
 */
export async function queryDatabase(databasePath: string, statement: string, values: unknown[] = []): Promise<QueriedRow[]> {
  const location = databaseLocation(databasePath);
  if (location.engine === 'sqlite') {
    const db = new BetterSqlite3(location.path, { readonly: true });
    try {
      return db.prepare(statement).all(...values) as QueriedRow[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: location.url });
  await client.connect();
  try {
    let next = 0;
    const { rows, fields } = await client.query(
      statement.replace(/\?/g, () => `$${++next}`),
      values,
    );
    // count(*) is a bigint on PostgreSQL, which its driver gives as text.
    const counts = fields.filter((field) => field.dataTypeID === 20).map((field) => field.name);
    return (rows as QueriedRow[]).map((row) => ({ ...row, ...Object.fromEntries(counts.map((name) => [name, Number(row[name])])) }));
  } finally {
    await client.end();
  }
}

/** A statement a test expects the store itself to refuse (its triggers), on either engine: the error's message. */
export async function refusedByDatabase(databasePath: string, statement: string): Promise<string> {
  const location = databaseLocation(databasePath);
  try {
    if (location.engine === 'sqlite') {
      const db = new BetterSqlite3(location.path);
      try {
        db.prepare(statement).run();
      } finally {
        db.close();
      }
    } else {
      const client = new pg.Client({ connectionString: location.url });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`the database accepted: ${statement}`);
}
