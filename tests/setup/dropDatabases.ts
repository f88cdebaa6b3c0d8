import { afterAll } from 'vitest';
import { dropDatabasesMade } from '../helpers/postgresDatabase';

// Each test file's PostgreSQL databases go when its last test has run (its back ends and CLIs are done by then).
afterAll(dropDatabasesMade);
