import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../../electron/api/createBackend';
import { backupFolder, listBackups } from '../../../../electron/backup/backupFolder';
import { restoreDatabase } from '../../../../electron/backup/restoreDatabase';
import { latestSchemaVersion } from '../../../../electron/db/openDatabase';
import type { MethodInput } from '../../../../shared/contract/contract';
import { damageDatabase } from '../../../helpers/damageDatabase';
import { fixturePath } from '../../../helpers/fixtures';
import { testBackend } from '../../../helpers/backend';
import { runCliProcess } from '../../../helpers/runCliProcess';
import { tempDir } from '../../../helpers/tempDir';

// Backups a person can rely on: same rows back after a restore; damage found by `check` and at start; bad files refused.

const seed = fixturePath('communiques', 'seed-000-es.json');
const root = join(import.meta.dirname, '..', '..', '..', '..');

/** A store with a few communiqués, closed (its write-ahead log folded in). Returns its path. */
async function filledStore(count = 6): Promise<string> {
  const { ok, backend, databasePath } = testBackend();
  const content = JSON.parse(readFileSync(seed, 'utf8')) as MethodInput<'createCommunique'>['content'];
  for (let index = 0; index < count; index += 1) await ok('createCommunique', { content: { ...content, title: `${content.title ?? ''} (${index + 1})` } });
  await backend.close();
  return databasePath;
}

/** Every communiqué's id and title, as the store holds them. */
function rows(path: string): { id: number; title: string }[] {
  const db = new BetterSqlite3(path, { readonly: true });
  const found = db.prepare('SELECT id, title FROM communiques ORDER BY id').all() as { id: number; title: string }[];
  db.close();
  return found;
}

describe('backup and restore', { timeout: 120_000 }, () => {
  it('`backup` then `restore` gives back the same rows, and keeps the replaced database aside', async () => {
    const path = await filledStore(3);
    const before = rows(path);
    const copy = join(tempDir(), 'copia.sqlite3');
    const backup = await runCliProcess(['--db', path, 'backup', copy]);
    expect(backup).toMatchObject({ code: 0, stdout: `Copia de seguridad verificada: ${copy}\n` });
    expect(existsSync(`${copy}-wal`)).toBe(false);
    expect(readdirSync(join(copy, '..'))).toEqual(['copia.sqlite3']);

    const later = testBackend({ databasePath: path });
    await later.ok('createCommunique', { content: {} });
    await later.backend.close();
    expect(rows(path)).toHaveLength(4);
    const restore = await runCliProcess(['--db', path, 'restore', copy]);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('Se restauró');
    expect(rows(path)).toEqual(before);
    const aside = readdirSync(backupFolder(path)).filter((name) => name.startsWith('before-restore-'));
    expect(aside).toHaveLength(1);
    expect(rows(join(backupFolder(path), aside[0] ?? ''))).toHaveLength(4);
    // The restored store opens and works.
    expect((await runCliProcess(['--db', path, 'list', '--json'])).code).toBe(0);
  });

  it('`backup` without a file writes a checked one into the folder beside the database, and will not overwrite a file', async () => {
    const path = await filledStore(1);
    expect((await runCliProcess(['--db', path, 'backup'])).code).toBe(0);
    const backups = listBackups(backupFolder(path));
    expect(backups).toHaveLength(1);
    expect(rows(backups[0]?.path ?? '')).toEqual(rows(path));
    const taken = join(tempDir(), 'ya-existe.sqlite3');
    writeFileSync(taken, 'no tocar');
    expect(await runCliProcess(['--db', path, 'backup', taken])).toMatchObject({ code: 1 });
    expect(statSync(taken).size).toBe('no tocar'.length);
  });

  it('`check` says an intact database is intact (exit 0) and a damaged one is damaged (exit 1)', async () => {
    const path = await filledStore();
    expect(await runCliProcess(['--db', path, 'check'])).toMatchObject({
      code: 0,
      stdout: `La base de datos ${path} está íntegra (esquema ${latestSchemaVersion}).\n`,
    });
    expect((await runCliProcess(['--db', path, 'backup'])).code).toBe(0);
    damageDatabase(path);
    const checked = await runCliProcess(['--db', path, 'check']);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toMatch(
      new RegExp(
        `^La base de datos ${path} está dañada: .+ La última copia buena es ${backupFolder(path)}/redacta-.+\\.sqlite3: restáurela con «restore»\\.\\n$`,
      ),
    );
    // Every other verb refuses it in one line instead of working on it.
    const listed = await runCliProcess(['--db', path, 'list']);
    expect(listed.code).toBe(1);
    expect(listed.stderr).toContain('está dañada');
  });

  it('restore refuses a file that is not a database, a damaged backup and one from a newer schema, and leaves the database as it was', async () => {
    const path = await filledStore(2);
    const before = rows(path);
    const notADatabase = join(tempDir(), 'notas.sqlite3');
    writeFileSync(notADatabase, 'Esto no es una base de datos.\n'.repeat(200));
    expect(await runCliProcess(['--db', path, 'restore', notADatabase])).toMatchObject({
      code: 1,
      stderr: `${notADatabase} no es una base de datos de Redacta. No se restauró nada.\n`,
    });

    const otherSqlite = join(tempDir(), 'otra.sqlite3');
    const other = new BetterSqlite3(otherSqlite);
    other.exec('CREATE TABLE t (x INTEGER)');
    other.close();
    expect((await runCliProcess(['--db', path, 'restore', otherSqlite])).stderr).toContain('no es una base de datos de Redacta');

    const damaged = join(tempDir(), 'dañada.sqlite3');
    copyFileSync(await filledStore(), damaged);
    damageDatabase(damaged);
    expect(await runCliProcess(['--db', path, 'restore', damaged])).toMatchObject({
      code: 1,
      stderr: `La copia ${damaged} está dañada. No se restauró nada: elija otra copia.\n`,
    });

    const newer = join(tempDir(), 'nueva.sqlite3');
    copyFileSync(path, newer);
    const future = new BetterSqlite3(newer);
    future.pragma(`user_version = ${latestSchemaVersion + 1}`);
    future.close();
    const refused = await runCliProcess(['--db', path, 'restore', newer]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('versión más reciente de Redacta');

    expect(rows(path)).toEqual(before);
    expect(existsSync(backupFolder(path))).toBe(false);
  });

  it('restore refuses while the database is open in another process (the app, serve)', async () => {
    const path = await filledStore(1);
    const copy = join(tempDir(), 'copia.sqlite3');
    expect((await runCliProcess(['--db', path, 'backup', copy])).code).toBe(0);
    const open = testBackend({ databasePath: path });
    await open.ok('listCommuniques', {});
    const refused = await runCliProcess(['--db', path, 'restore', copy]);
    expect(refused).toMatchObject({ code: 1 });
    expect(refused.stderr).toContain('ciérrelos antes de restaurar');
    await open.backend.close();
  });
});

describe('the app at start', { timeout: 60_000 }, () => {
  it('makes a backup when the last is a day old, not before', async () => {
    const path = await filledStore(1);
    const start = (now: string) => createBackend({ databasePath: path, dailyBackups: true, now: () => new Date(now), logInternal: () => undefined });
    await start('2026-12-01T08:00:00.000Z').close();
    await start('2026-12-01T20:00:00.000Z').close();
    expect(listBackups(backupFolder(path)).map((backup) => backup.takenAt.toISOString())).toEqual(['2026-12-01T08:00:00.000Z']);
    await start('2026-12-02T08:00:00.000Z').close();
    expect(listBackups(backupFolder(path)).map((backup) => backup.takenAt.toISOString())).toEqual(['2026-12-02T08:00:00.000Z', '2026-12-01T08:00:00.000Z']);
    expect(rows(listBackups(backupFolder(path))[0]?.path ?? '')).toEqual(rows(path));
  });

  it('does not keep a process alive: the daily timer lets it end once its work is done', async () => {
    const path = await filledStore(1);
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'tests', 'helpers', 'workers', 'dailyBackupWorker.ts'), path], { cwd: root });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    // A process the timer kept alive is ended here (and the test fails), never left behind.
    const giveUp = setTimeout(() => child.kill(), 30_000);
    const [code] = (await once(child, 'close')) as [number | null];
    clearTimeout(giveUp);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '1\n' });
  });

  it('refuses a damaged database, or offers its latest good backup and restores it', async () => {
    const path = await filledStore();
    const before = rows(path);
    await createBackend({ databasePath: path, dailyBackups: true, now: () => new Date('2026-12-01T08:00:00.000Z') }).close();
    damageDatabase(path);
    expect(() => createBackend({ databasePath: path })).toThrow(expect.objectContaining({ code: 'DATABASE_DAMAGED' }));

    const { call } = testBackend({ databasePath: path, offerRestore: true });
    expect(await call('getStoreHealth', {})).toEqual({ ok: true, value: { damaged: true, latestBackup: '2026-12-01T08:00:00.000Z' } });
    const refused = await call('listCommuniques', {});
    expect(refused.ok ? '' : refused.error.message).toBe(
      `La base de datos ${path} está dañada: Redacta no la abre para no empeorarla. Restaure la última copia de seguridad buena.`,
    );

    const restored = await call('restoreLatestBackup', {});
    expect(restored).toMatchObject({ ok: true, value: { takenAt: '2026-12-01T08:00:00.000Z' } });
    expect(readdirSync(backupFolder(path)).filter((name) => name.startsWith('before-restore-'))).toHaveLength(1);
    const listed = await call('listCommuniques', {});
    expect(listed.ok && listed.value.map((row) => row.id).sort()).toEqual(before.map((row) => row.id));
    expect(await call('getStoreHealth', {})).toMatchObject({ ok: true, value: { damaged: false } });
    // A healthy, open store is never replaced under the running app.
    expect(await call('restoreLatestBackup', {})).toMatchObject({ ok: false, error: { code: 'DATABASE_IN_USE' } });
  });

  it('two restores in the same instant each keep the database they replaced', async () => {
    const path = await filledStore(2);
    const backup = join(tempDir(), 'copia.sqlite3');
    expect(await runCliProcess(['--db', path, 'backup', backup])).toMatchObject({ code: 0 });
    const at = new Date('2026-12-01T08:00:00.000Z');
    const first = await restoreDatabase(path, backup, at);
    const second = await restoreDatabase(path, backup, at);
    expect(first.safetyCopy).not.toBe(second.safetyCopy);
    expect(readdirSync(backupFolder(path)).filter((name) => name.startsWith('before-restore-') && name.endsWith('.sqlite3'))).toHaveLength(2);
  });
});
