import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fixturePath } from '../../../helpers/fixtures';
import { postgresDatabaseAddress } from '../../../helpers/postgresDatabase';
import { runCliProcess } from '../../../helpers/runCliProcess';
import { tempDir } from '../../../helpers/tempDir';

const root = join(import.meta.dirname, '..', '..', '..', '..');

const seed000 = fixturePath('communiques', 'seed-000-es.json');

/** One line on stderr, exit 1, no stack: what a person sees when the office database cannot be used. */
function expectOneLine(run: { code: number | null; stderr: string; stdout: string }, message: RegExp) {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr.trim()).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('the command line on an office database', () => {
  it('works on the address in REDACTA_DATABASE_URL, and --db wins over it', async () => {
    const office = postgresDatabaseAddress();
    await office.create();
    const env = { REDACTA_DATABASE_URL: office.url };
    expect(await runCliProcess(['new', '--from', seed000, '--json'], env)).toMatchObject({ code: 0, stdout: '{"id":1}\n' });
    const listed = await runCliProcess(['list', '--json'], env);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ id: 1, status: 'draft', language: 'es' }]);
    const elsewhere = postgresDatabaseAddress();
    await elsewhere.create();
    expect(JSON.parse((await runCliProcess(['--db', elsewhere.url, 'list', '--json'], env)).stdout)).toEqual([]);
  }, 120_000);

  it('serves browser mode on it, its token kept in this computer’s Redacta folder', async () => {
    const office = postgresDatabaseAddress();
    await office.create();
    const renderer = tempDir();
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Redacta</title>');
    const config = tempDir();
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['electron/cli/main.ts', '--db', office.url, 'serve', '--port', '0'], {
      cwd: root,
      env: { ...process.env, REDACTA_RENDERER_DIR: renderer, XDG_CONFIG_HOME: config },
    });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
        });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      const url = new URL(address);
      const ask = async (method: string) => {
        const response = await fetch(new URL(`/api/${method}`, url), {
          method: 'POST',
          headers: { authorization: `Bearer ${url.searchParams.get('token') ?? ''}`, 'content-type': 'application/json' },
          body: JSON.stringify({ input: {} }),
        });
        return ((await response.json()) as { value: unknown }).value;
      };
      expect(await ask('listSeries')).toHaveLength(4);
      expect(await ask('getSession')).toMatchObject({ backupsHere: false });
      expect(readFileSync(join(config, 'Redacta', 'redacta-browser-token'), 'utf8')).toContain(url.searchParams.get('token'));
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);

  it('says in one line that no server answers, never showing the password', async () => {
    const run = await runCliProcess(['--db', 'postgres://redacta:secreta@127.0.0.1:1/oficina', 'list']);
    expectOneLine(run, /^No se pudo conectar con la base de datos postgres:\/\/redacta@127\.0\.0\.1:1\/oficina: el servidor no responde/);
    expect(run.stderr).not.toContain('secreta');
  }, 60_000);

  it('says in one line that the server has no such database', async () => {
    const url = new URL(inject('postgresUrl'));
    url.pathname = '/no_existe_esta_base';
    expectOneLine(await runCliProcess(['--db', url.toString(), 'list']), /^El servidor .* no tiene esa base de datos\. Créela primero/);
  }, 60_000);

  it('leaves backups, restores and checks of an office database to its server, saying so', async () => {
    const office = postgresDatabaseAddress();
    await office.create();
    for (const verb of [['backup'], ['restore', 'copia.sqlite3'], ['check']])
      expectOneLine(await runCliProcess(['--db', office.url, ...verb]), new RegExp(`^«${verb[0]}» trabaja sobre el archivo de la base de un equipo`));
  }, 120_000);
});
