import { afterAll } from 'vitest';
import { testBackend } from './backend';
import { staffOffice } from './staffOffice';

export { passphraseOf, people } from './staffOffice';
export type { CallAs, Person } from './staffOffice';

/** A real back end on a fresh SQLite file (removed after the test) with the test office's profiles. */
export async function testOffice(now?: () => Date) {
  const { backend, databasePath } = testBackend(now ? { now } : {});
  return { backend, databasePath, ...(await staffOffice(backend)) };
}

/** A test office made by `testOffice`. */
export type TestOffice = Awaited<ReturnType<typeof testOffice>>;

/** Makes test offices for one test file and closes every one after its tests. */
export function officesClosedAfterAll(): () => Promise<TestOffice> {
  const made: TestOffice[] = [];
  afterAll(async () => {
    for (const office of made) await office.backend.close();
  });
  return async () => {
    const office = await testOffice();
    made.push(office);
    return office;
  };
}
