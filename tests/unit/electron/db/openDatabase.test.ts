import { readFileSync, writeFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../electron/api/AppError';
import { migrate } from '../../../../electron/db/migrate';
import type { Migration } from '../../../../electron/db/Migration';
import { migrations } from '../../../../electron/db/migrations/migrations';
import { latestSchemaVersion, openDatabase } from '../../../../electron/db/openDatabase';
import { tempDatabasePath } from '../../../helpers/tempDir';

describe('openDatabase', () => {
  it('creates a WAL store with foreign keys, a busy timeout and every table STRICT', () => {
    const db = openDatabase(tempDatabasePath());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
      strict: number;
    }[];
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        'audit_log',
        'comments',
        'communique_editors',
        'communiques',
        'decisions',
        'draft_keys',
        'exports',
        'imported_sources',
        'letterheads',
        'number_counters',
        'number_log',
        'numbers_issued_outside',
        'office_words',
        'series',
        'sessions',
        'user_roles',
        'users',
        'versions',
      ].sort(),
    );
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
    // The search index is FTS5's own virtual table (its shadow tables are FTS5's business).
    expect(db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'virtual'").all()).toEqual([{ name: 'communique_search' }]);
    db.close();
  });

  it('seeds the three series and the institutional letterhead on first run, once', () => {
    const path = tempDatabasePath();
    openDatabase(path).close();
    const db = openDatabase(path);
    const series = db.prepare('SELECT id, number_format_es, number_format_en, numbered FROM series ORDER BY position').all();
    expect(series.slice(0, 3)).toEqual([
      { id: 'comunicado', number_format_es: 'Comunicado {n}', number_format_en: 'Press Release {n}', numbered: 1 },
      { id: 'comunicado-conjunto', number_format_es: 'Comunicado conjunto {n:03}', number_format_en: 'Joint Release n. {n:03}', numbered: 1 },
      { id: 'nota-informativa', number_format_es: 'Nota informativa', number_format_en: 'Briefing Note', numbered: 0 },
    ]);
    const letterheads = db.prepare('SELECT definition FROM letterheads').all() as { definition: string }[];
    expect(letterheads).toHaveLength(1);
    const definition = JSON.parse(letterheads[0]?.definition ?? '{}') as Record<string, unknown>;
    expect(definition).toMatchObject({
      institutionName: 'Instituto Politécnico Nacional',
      motto: 'La Técnica al Servicio de la Patria',
      closingMarks: { es: '--oOo--', en: '===000===' },
    });
    expect(JSON.stringify(definition.footerLines)).toContain('www.ipn.mx');
    db.close();
  });

  it('refuses a database written by a newer Redacta, with a clear message, and leaves it untouched', () => {
    const path = tempDatabasePath();
    openDatabase(path).close();
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${latestSchemaVersion + 5}`);
    raw.close();
    const before = readFileSync(path);

    let caught: unknown;
    try {
      openDatabase(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('DATABASE_TOO_NEW');
    expect((caught as AppError).details).toMatchObject({ found: latestSchemaVersion + 5, supported: latestSchemaVersion });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('names the file when it is not a database at all', () => {
    const path = tempDatabasePath();
    writeFileSync(path, 'esto no es una base de datos, es texto plano '.repeat(100));
    expect(() => openDatabase(path)).toThrow(/not a database/);
  });
});

describe('migrate', () => {
  it('runs all pending steps in one transaction: a failing step leaves nothing behind', () => {
    const db = new BetterSqlite3(tempDatabasePath());
    const failing: Migration = {
      version: migrations.length + 1,
      name: 'breaks halfway',
      up(target) {
        target.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [...migrations, failing], 'test.sqlite3')).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('moves an older database forward from where it stands', () => {
    const db = new BetterSqlite3(tempDatabasePath());
    expect(migrate(db, migrations.slice(0, 1), 'x')).toEqual({ from: 0, to: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM series').get()).toEqual({ n: 0 });
    expect(migrate(db, migrations, 'x')).toEqual({ from: 1, to: migrations.length });
    expect(db.prepare('SELECT id FROM series ORDER BY position').all()).toEqual([
      { id: 'comunicado' },
      { id: 'comunicado-conjunto' },
      { id: 'nota-informativa' },
      { id: 'fe-de-erratas' },
    ]);
    expect(migrate(db, migrations, 'x')).toEqual({ from: migrations.length, to: migrations.length });
    db.close();
  });

  it('refuses a migration list with a gap in its numbers', () => {
    const db = new BetterSqlite3(tempDatabasePath());
    const [first] = migrations;
    const gap: Migration = { version: 3, name: 'skips two', up: () => undefined };
    expect(() => migrate(db, [first as Migration, gap], 'x')).toThrow(/expected 2/);
    db.close();
  });
});
