import { testBackend } from './backend';
import { staffOffice } from './staffOffice';

export { passphraseOf, people } from './staffOffice';
export type { CallAs, Person } from './staffOffice';

/** A real back end on a fresh SQLite file (removed after the test) with the test office's profiles. */
export async function testOffice(now?: () => Date) {
  const { backend, databasePath } = testBackend(now ? { now } : {});
  return { backend, databasePath, ...(await staffOffice(backend)) };
}
