import type { Engine } from '../../electron/db/Engine';

/**
 * The engine the tests of the store, services and CLI run on: SQLite, or PostgreSQL when the run's second project
 * (vitest.config.ts, `postgres`) sets REDACTA_TEST_ENGINE; the same tests, the same expectations.
 */
export const testEngine: Engine = process.env.REDACTA_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
