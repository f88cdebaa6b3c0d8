import type { Pool } from 'pg';
import { AppError } from '../../api/AppError';
import type { MigrationOutcome } from '../migrate';
import type { PostgresMigration } from './PostgresMigration';

/** The advisory lock every migrating process takes first: one migrates, the others then find it done. */
const migrationLock = 7_246_001;

/**
 * Brings an office database to the latest schema in one transaction, tracked in `redacta_schema`; a database written by
 * a newer Redacta is refused untouched (DATABASE_TOO_NEW). `where` names it in messages (never with a password).
 */
export async function migratePostgres(pool: Pool, migrations: readonly PostgresMigration[], where: string): Promise<MigrationOutcome> {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migration ${migration.name} is numbered ${migration.version}, expected ${index + 1}`);
  });
  const latest = migrations.at(-1)?.version ?? 0;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
    await client.query('CREATE TABLE IF NOT EXISTS redacta_schema (version integer NOT NULL, migrated_at text NOT NULL)');
    const found = await client.query<{ version: number }>('SELECT version FROM redacta_schema');
    const current = found.rows[0]?.version ?? 0;
    if (current > latest) throw new AppError('DATABASE_TOO_NEW', { path: where, found: current, supported: latest });
    for (const migration of migrations) if (migration.version > current) await migration.up(client);
    const at = new Date().toISOString();
    if (found.rows.length === 0) await client.query('INSERT INTO redacta_schema (version, migrated_at) VALUES ($1, $2)', [latest, at]);
    else if (current !== latest) await client.query('UPDATE redacta_schema SET version = $1, migrated_at = $2', [latest, at]);
    await client.query('COMMIT');
    return { from: current, to: latest };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
