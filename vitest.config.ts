import { defineConfig } from 'vitest/config';

/**
 * The tests of the store, services, CLI and office server that run again on PostgreSQL (REDACTA_TEST_ENGINE, tests/helpers/testEngine).
 * The others are about one engine: SQLite's files (backups, restores, checks, crashes, migrations of old files, what a
 * file holds after concurrent CLIs) or the copy between engines, which already works on both.
 */
const onBothEngines = [
  'tests/unit/electron/api/createDispatcher.test.ts',
  'tests/unit/electron/api/fuzzContract.test.ts',
  'tests/unit/electron/api/writesNeverInterleave.test.ts',
  'tests/unit/electron/auth/**/*.test.ts',
  'tests/unit/electron/cli/cli.test.ts',
  'tests/unit/electron/cli/exportVerbs.test.ts',
  'tests/unit/electron/cli/importVerbs.test.ts',
  'tests/unit/electron/cli/numbersVerbs.test.ts',
  'tests/unit/electron/cli/officeVerbs.test.ts',
  'tests/unit/electron/cli/reviewVerbs.test.ts',
  'tests/unit/electron/cli/searchVerb.test.ts',
  'tests/unit/electron/cli/serveOffice.test.ts',
  'tests/unit/electron/desk/deskRouter.test.ts',
  'tests/unit/electron/import/importRoundTrip.test.ts',
  'tests/unit/electron/repositories/communiqueRepository.test.ts',
  'tests/unit/electron/repositories/storeTransactions.test.ts',
  'tests/unit/electron/services/**/*.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    // One throwaway PostgreSQL for the run (tests/setup/postgres.ts); each test file makes its own databases on it.
    globalSetup: ['tests/setup/postgres.ts'],
    setupFiles: ['tests/setup/dropDatabases.ts'],
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'postgres', include: onBothEngines, env: { REDACTA_TEST_ENGINE: 'postgres' } } },
    ],
  },
});
