import { afterAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../../../../electron/db/postgres/migratePostgres';
import { postgresMigrations } from '../../../../electron/db/postgres/migrations/migrations';
import { openDatabase } from '../../../../electron/db/openDatabase';
import { freshPostgresDatabase } from '../../../helpers/postgresDatabase';
import { tempDatabasePath } from '../../../helpers/tempDir';

// The office database's schema on PostgreSQL: migrated once and tracked, a newer one refused, and the engine itself
// keeping what must never change, as SQLite's triggers do.

const made: Awaited<ReturnType<typeof freshPostgresDatabase>>[] = [];
afterAll(async () => {
  for (const database of made) await database.drop();
});
async function database() {
  const fresh = await freshPostgresDatabase();
  made.push(fresh);
  return fresh;
}

/** A communiqué with one version, one decision, one audit entry, one export, one import record and one logged number. */
const filled = [
  `INSERT INTO communiques (id, series_id, language, letterhead_id, content, created_at, created_by, updated_at, updated_by)
   VALUES (1, 'comunicado', 'es', 1, '{"title":"Inaugura el IPN un laboratorio"}', 't', 'max', 't', 'max')`,
  `INSERT INTO versions (id, communique_id, seq, content, schema_version, sha256, reason, author, created_at)
   VALUES (1, 1, 1, '{"title":"Inaugura el IPN un laboratorio"}', 1, '${'a'.repeat(64)}', 'submit', 'rita', 't')`,
  `INSERT INTO decisions (version_id, decision, version_sha256, decided_by, decided_at) VALUES (1, 'approve', '${'a'.repeat(64)}', 'eva', 't')`,
  `INSERT INTO audit_log (at, actor, action, communique_id) VALUES ('t', 'eva', 'approve', 1)`,
  `INSERT INTO number_log (series_id, year, number, communique_id, version_id, state, assigned_by, assigned_at)
   VALUES ('comunicado', 2026, 1, 1, 1, 'assigned', 'eva', 't')`,
  `INSERT INTO numbers_issued_outside (series_id, year, up_to, stated_by, stated_at, reason) VALUES ('comunicado', 2025, 222, 'admin', 't', 'antes')`,
  `INSERT INTO exports (export_key, communique_id, version_id, revision, format, draft, file_name, sha256, size, exported_by, exported_at)
   VALUES ('${'k'.repeat(36)}', 1, 1, 1, 'pdf', 0, 'c.pdf', '${'b'.repeat(64)}', 10, 'dora', 't')`,
  `INSERT INTO imported_sources (communique_id, file_name, file_sha256, format, content_sha256, imported_by, imported_at)
   VALUES (1, 'c.txt', '${'c'.repeat(64)}', 'txt', '${'d'.repeat(64)}', 'admin', 't')`,
];

/** What the engine refuses, and why, written by hand from what the office must be able to trust (same on SQLite). */
const refused: [string, string][] = [
  ["UPDATE versions SET author = 'otra'", 'versions are immutable'],
  ['DELETE FROM versions', 'versions are never deleted'],
  ["UPDATE decisions SET decided_by = 'otra'", 'decisions are immutable'],
  ['DELETE FROM decisions', 'decisions are never deleted'],
  ["UPDATE audit_log SET actor = 'otra'", 'the audit log is append-only'],
  ['DELETE FROM audit_log', 'the audit log is append-only'],
  ['DELETE FROM number_log', 'numbers are never deleted'],
  ["UPDATE numbers_issued_outside SET reason = 'otra'", 'numbers issued outside Redacta are never changed'],
  ['DELETE FROM numbers_issued_outside', 'numbers are never deleted'],
  ["UPDATE exports SET file_name = 'otro.pdf'", 'export records are immutable'],
  ['DELETE FROM exports', 'export records are never deleted'],
  ["UPDATE imported_sources SET file_name = 'otro.txt'", 'import records are never changed'],
  ['DELETE FROM imported_sources', 'import records are never deleted'],
];

describe('the schema on PostgreSQL', { timeout: 60_000 }, () => {
  it('migrates an empty database once, with the office series and letterhead, and then has nothing to do', async () => {
    const { pool, url } = await database();
    expect(await migratePostgres(pool, postgresMigrations, url)).toEqual({ from: 0, to: 4 });
    expect(await migratePostgres(pool, postgresMigrations, url)).toEqual({ from: 4, to: 4 });
    const series = await pool.query('SELECT id, numbered, requires_summary FROM series ORDER BY position');
    expect(series.rows).toEqual([
      { id: 'comunicado', numbered: 1, requires_summary: 1 },
      { id: 'comunicado-conjunto', numbered: 1, requires_summary: 1 },
      { id: 'nota-informativa', numbered: 0, requires_summary: 1 },
      { id: 'fe-de-erratas', numbered: 0, requires_summary: 0 },
    ]);
    expect((await pool.query('SELECT count(*)::int AS n FROM letterheads')).rows).toEqual([{ n: 1 }]);
  });

  it('four processes starting at once migrate it exactly once', async () => {
    const { pool, url } = await database();
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => migratePostgres(pool, postgresMigrations, url)));
    expect(outcomes.filter((outcome) => outcome.from === 0)).toHaveLength(1);
    expect((await pool.query('SELECT count(*)::int AS n FROM series')).rows).toEqual([{ n: 4 }]);
  });

  it('refuses a database written by a newer Redacta and leaves it untouched', async () => {
    const { pool, url } = await database();
    await migratePostgres(pool, postgresMigrations, url);
    await pool.query('UPDATE redacta_schema SET version = 99');
    await expect(migratePostgres(pool, postgresMigrations, 'la base de la oficina')).rejects.toMatchObject({
      code: 'DATABASE_TOO_NEW',
      details: { path: 'la base de la oficina', found: 99, supported: 4 },
    });
    expect((await pool.query('SELECT version FROM redacta_schema')).rows).toEqual([{ version: 99 }]);
  });

  it('keeps versions, decisions, the audit log, numbers, exports and import records unchangeable, as SQLite does', async () => {
    const { pool, url } = await database();
    await migratePostgres(pool, postgresMigrations, url);
    for (const statement of filled) await pool.query(statement);
    const sqlite = openDatabase(tempDatabasePath());
    for (const statement of filled) sqlite.exec(statement);
    for (const [statement, reason] of refused) {
      await expect(pool.query(statement), statement).rejects.toThrow(reason);
      expect(() => sqlite.exec(statement), statement).toThrow(reason);
    }
    for (const table of ['versions', 'decisions', 'audit_log', 'number_log', 'numbers_issued_outside', 'exports', 'imported_sources'])
      await expect(pool.query(`TRUNCATE ${table} CASCADE`), table).rejects.toThrow(/never deleted|append-only/);
    // A number is voided, never removed.
    await pool.query("UPDATE number_log SET state = 'voided', void_reason = 'retirado', voided_by = 'eva', voided_at = 't'");
    sqlite.close();
  });

  it('records who wrote or changed a text since its last approval, as SQLite does', async () => {
    const { pool, url } = await database();
    await migratePostgres(pool, postgresMigrations, url);
    const editors = async () => (await pool.query('SELECT "user" FROM communique_editors ORDER BY "user"')).rows.map((row) => row.user);
    await pool.query(filled[0] ?? '');
    expect(await editors()).toEqual(['max']);
    await pool.query(`UPDATE communiques SET content = '{"title":"Otro"}', updated_by = 'rita' WHERE id = 1`);
    await pool.query(`UPDATE communiques SET status = 'in_review', updated_by = 'ana' WHERE id = 1`);
    expect(await editors()).toEqual(['max', 'rita']);
    await pool.query(filled[1] ?? '');
    await pool.query('UPDATE communiques SET approved_version_id = 1 WHERE id = 1');
    expect(await editors()).toEqual([]);
  });
});
