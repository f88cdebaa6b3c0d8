import type { Database } from 'better-sqlite3';
import { AppError } from '../api/AppError';
import type { Migration } from './Migration';

/** What a migration run did. */
export interface MigrationOutcome {
  from: number;
  to: number;
}

/**
 * Brings the database to the latest schema in one IMMEDIATE transaction, tracked by `user_version`.
 * A database written by a newer app is refused untouched.
 */
export function migrate(db: Database, migrations: readonly Migration[], databasePath: string): MigrationOutcome {
  assertConsecutive(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const run = db.transaction((): MigrationOutcome => {
    // Read inside the lock: another process may have migrated while this one waited.
    const current = Number(db.pragma('user_version', { simple: true }));
    if (current > latest) {
      throw new AppError('DATABASE_TOO_NEW', { path: databasePath, found: current, supported: latest });
    }
    for (const migration of migrations) {
      if (migration.version > current) migration.up(db);
    }
    if (current !== latest) db.pragma(`user_version = ${latest}`);
    return { from: current, to: latest };
  });
  return run.immediate();
}

function assertConsecutive(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration ${migration.name} is numbered ${migration.version}, expected ${index + 1}`);
    }
  });
}
