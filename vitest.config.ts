import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    // One throwaway PostgreSQL for the run (tests/setup/postgres.ts); each test file makes its own databases on it.
    globalSetup: ['tests/setup/postgres.ts'],
  },
});
