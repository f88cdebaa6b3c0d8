import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { databaseLocation } from '../../electron/db/databaseLocation';

/** The advisory lock Redacta's writes take on PostgreSQL ("REDA"), written here by hand as an office's IT would read it. */
const redactaWriteLock = 0x52_45_44_41;

/**
 * Holds the database's write lock as another process would (SQLite's BEGIN IMMEDIATE; PostgreSQL's advisory lock from
 * another session) until the returned function lets it go.
 */
export async function holdWriteLock(databasePath: string): Promise<() => Promise<void>> {
  const location = databaseLocation(databasePath);
  if (location.engine === 'sqlite') {
    const other = new BetterSqlite3(location.path);
    other.exec('BEGIN IMMEDIATE');
    return async () => {
      other.exec('ROLLBACK');
      other.close();
    };
  }
  const other = new pg.Client({ connectionString: location.url });
  await other.connect();
  await other.query('SELECT pg_advisory_lock($1)', [redactaWriteLock]);
  return async () => {
    await other.query('SELECT pg_advisory_unlock($1)', [redactaWriteLock]);
    await other.end();
  };
}
