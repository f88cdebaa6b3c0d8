import { openPostgresStore } from '../../electron/repositories/openPostgresStore';
import { openStore } from '../../electron/repositories/openStore';
import type { Store } from '../../electron/repositories/Store';
import { testDatabase } from './testDatabase';
import { testEngine } from './testEngine';

/** A store on a new database of the run's engine (testEngine), with the database's `--db` (to read it directly). */
export async function testStore(): Promise<Store & { databasePath: string }> {
  const databasePath = await testDatabase();
  const store = testEngine === 'sqlite' ? openStore(databasePath) : await openPostgresStore(databasePath, 'test');
  return Object.assign(store, { databasePath });
}
