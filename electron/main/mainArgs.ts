import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DatabaseLocation } from '../db/databaseLocation';
import { databaseLocation } from '../db/databaseLocation';
import { databaseFileName } from '../db/defaultDatabasePath';

/** The desktop app's own options: `--db FILE|postgres://…` chooses the store. Anything else (Chromium's switches) is ignored. */
export function mainArgs(argv: string[]): { db?: string | undefined } {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' } }, strict: false, allowPositionals: true });
  return { db: typeof values.db === 'string' ? values.db : undefined };
}

/** The app's database: `--db`, else REDACTA_DATABASE_URL (an office's PostgreSQL), else the store in its user-data folder. */
export function mainDatabase(argv: string[], env: NodeJS.ProcessEnv, userData: string): DatabaseLocation {
  return databaseLocation(mainArgs(argv).db ?? (env.REDACTA_DATABASE_URL || join(userData, databaseFileName)));
}
