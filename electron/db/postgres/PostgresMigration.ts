import type { ClientBase } from 'pg';

/** One schema step on PostgreSQL: numbered from 1 with no gaps, run once, inside the migration's transaction. */
export interface PostgresMigration {
  version: number;
  name: string;
  up(client: ClientBase): Promise<void>;
}
