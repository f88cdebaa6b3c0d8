import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../helpers/fixtures';
import { runCliProcess } from '../../../helpers/runCliProcess';
import { testDatabase } from '../../../helpers/testDatabase';
import { tempDatabasePath, tempDir } from '../../../helpers/tempDir';

const seed000 = fixturePath('communiques', 'seed-000-es.json');
const seed001 = fixturePath('communiques', 'seed-001-en.json');

// Each case starts the real CLI several times (about 3 s each on a busy machine): more than the default 30 s.
describe('redacta CLI', { timeout: 120_000 }, () => {
  it('creates from a content file, lists and shows it, as JSON and as text', async () => {
    const db = await testDatabase();
    expect(await runCliProcess(['--db', db, 'new', '--from', seed000, '--json'])).toMatchObject({ code: 0, stdout: '{"id":1}\n' });
    expect(await runCliProcess(['new', '--from', seed001, '--db', db])).toMatchObject({ code: 0, stdout: 'Comunicado 2 creado.\n' });

    const list = await runCliProcess(['--db', db, 'list', '--json']);
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.stdout) as Record<string, unknown>[];
    expect(rows.map((row) => Object.keys(row).sort())).toEqual(
      Array(2).fill(['id', 'language', 'number', 'series', 'status', 'title', 'updatedAt', 'year'].sort()),
    );
    expect(rows.map((row) => row.language).sort()).toEqual(['en', 'es']);
    expect(JSON.parse((await runCliProcess(['--db', db, 'list', '--json', '--limit', '1'])).stdout)).toHaveLength(1);

    const shown = JSON.parse((await runCliProcess(['--db', db, 'show', '2', '--json'])).stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ id: 2, status: 'draft', number: null, year: null });
    expect(shown.content).toMatchObject({
      series: 'comunicado-conjunto',
      language: 'en',
      place: 'Mexico City',
      date: '2023-03-27',
      title: 'IPN and Conalep work together in education and training activities',
    });

    const text = await runCliProcess(['--db', db, 'show', '1']);
    expect(text.stdout.split('\n').slice(0, 4)).toEqual([
      'Comunicado (número al aprobar)',
      'Ciudad de México, 17 de noviembre de 2021',
      '',
      'Buscará IPN posgrado dual con el Instituto de Minería y Tecnología de Nuevo México',
    ]);
    expect(text.stdout).toContain('- Ambas instituciones acordaron signar una carta de intención');
    const english = await runCliProcess(['--db', db, 'show', '2']);
    expect(english.stdout.split('\n').slice(0, 2)).toEqual(['Joint Release (number on approval)', 'Mexico City, March 27th, 2023']);
  });

  it('exits 1 on a user error with one line in Spanish and no stack trace', async () => {
    const db = await testDatabase();
    const bad = join(tempDir(), 'malo.json');
    writeFileSync(bad, '{"title": 5}');
    const notJson = join(tempDir(), 'roto.json');
    writeFileSync(notJson, '{ "title": ');
    const cases: [string[], RegExp][] = [
      [['show', '99'], /^No existe el comunicado 99\.$/],
      [['new', '--from', '/no/existe.json'], /^No se pudo leer \/no\/existe\.json: el archivo no existe\.$/],
      [['new', '--from', notJson], /no es JSON válido/],
      [['new', '--from', bad], /^Los datos no son válidos: content\.title: /],
    ];
    for (const [args, message] of cases) {
      const run = await runCliProcess(['--db', db, ...args]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 2 on bad usage and says what to do', async () => {
    const db = await testDatabase();
    for (const [args, message] of [
      [[], /^Falta la orden/],
      [['publicar'], /^Orden desconocida: «publicar»/],
      [['list', '--frob'], /^Opción desconocida: --frob\./],
      [['list', '--limit', 'diez'], /no es un número válido para --limit/],
      [['show'], /^Falta ID\.$/],
      [['show', 'abc'], /no es un identificador de comunicado/],
      [['new'], /^Falta --from ARCHIVO\.json\.$/],
    ] as [string[], RegExp][]) {
      const run = await runCliProcess(['--db', db, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim()).toMatch(message);
    }
  });

  it('prints the help with exit 0, in English when the locale says so', async () => {
    const help = await runCliProcess(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('new --from ARCHIVO.json');
    const english = await runCliProcess(['help'], { REDACTA_LANG: 'en' });
    expect(english.stdout).toContain('Usage: npm run -s redacta --');
  });

  it('refuses a database from a newer Redacta without touching it', async () => {
    const db = tempDatabasePath();
    expect((await runCliProcess(['--db', db, 'list'])).code).toBe(0);
    const raw = new BetterSqlite3(db);
    raw.pragma('user_version = 99');
    raw.close();
    const run = await runCliProcess(['--db', db, 'list']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/fue escrita por una versión más reciente de Redacta \(esquema 99; esta versión conoce hasta el \d+\)/);
  });

  it('serve says how to build the interface when it is missing', async () => {
    const run = await runCliProcess(['--db', tempDatabasePath(), 'serve', '--port', '0'], { REDACTA_RENDERER_DIR: tempDir() });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/La interfaz no está compilada .*Ejecute «npm run build»/);
  });

  it('serve --port 0 prints the token address first and answers on it', async () => {
    const db = tempDatabasePath();
    const renderer = tempDir();
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Redacta</title>');
    const root = join(import.meta.dirname, '..', '..', '..', '..');
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['electron/cli/main.ts', '--db', db, 'serve', '--port', '0'], {
      cwd: root,
      env: { ...process.env, REDACTA_RENDERER_DIR: renderer },
    });
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
        });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect(firstLine).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/);
      const url = new URL(firstLine);
      const token = url.searchParams.get('token') ?? '';
      const refused = await fetch(new URL('/api/listSeries', url), { method: 'POST', body: '{}' });
      expect(refused.status).toBe(401);
      const answered = await fetch(new URL('/api/listSeries', url), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ input: {} }),
      });
      expect(((await answered.json()) as { value: unknown[] }).value).toHaveLength(4);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('serve keeps its address across restarts (a bookmark still works), and --new-token replaces it, voiding the old one', async () => {
    const db = tempDatabasePath();
    const renderer = tempDir();
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Redacta</title>');
    const first = await serveAddress(db, renderer);
    const again = await serveAddress(db, renderer);
    expect(again).toBe(first);
    const tokenFile = join(dirname(db), 'redacta-browser-token');
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    const renewed = await serveAddress(db, renderer, ['--new-token']);
    expect(renewed).not.toBe(first);
    expect(await serveAddress(db, renderer)).toBe(renewed);
  });
});

/** Starts `serve --port 0` on a store, reads the address it prints, stops it, and returns that address's token. */
async function serveAddress(db: string, renderer: string, extra: string[] = []): Promise<string> {
  const root = join(import.meta.dirname, '..', '..', '..', '..');
  const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['electron/cli/main.ts', '--db', db, 'serve', '--port', '0', ...extra], {
    cwd: root,
    env: { ...process.env, REDACTA_RENDERER_DIR: renderer },
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
    });
    return new URL(line).searchParams.get('token') ?? '';
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}
