import { openPostgresStore } from '../../electron/repositories/openPostgresStore';
import { openStore } from '../../electron/repositories/openStore';
import type { Store } from '../../electron/repositories/Store';
import { testDatabase } from './testDatabase';
import { testEngine } from './testEngine';

/** A store on a new database of the run's engine (testEngine). */
export async function testStore(): Promise<Store> {
  const database = await testDatabase();
  return testEngine === 'sqlite' ? openStore(database) : openPostgresStore(database, 'test');
}
