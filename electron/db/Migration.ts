import type { Database } from 'better-sqlite3';

/** One schema step: numbered from 1 with no gaps, run once, inside the migration transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
