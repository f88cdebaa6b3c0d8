import { postgresDatabaseAddress } from './postgresDatabase';
import { tempDatabasePath } from './tempDir';
import { testEngine } from './testEngine';

/** A new, empty database of the run's engine, as `--db` takes it: a SQLite file's path, or a PostgreSQL address (made now). */
export async function testDatabase(): Promise<string> {
  if (testEngine === 'sqlite') return tempDatabasePath();
  const address = postgresDatabaseAddress();
  await address.create();
  return address.url;
}
