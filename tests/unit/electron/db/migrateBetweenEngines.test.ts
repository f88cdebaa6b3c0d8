import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { copiedTables } from '../../../../electron/db/copy/copiedTables';
import { testBackend } from '../../../helpers/backend';
import { seedContent } from '../../../helpers/fixtures';
import { testOffice } from '../../../helpers/office';
import { freshPostgresDatabase } from '../../../helpers/postgresDatabase';
import { runCliProcess } from '../../../helpers/runCliProcess';
import { tempDatabasePath } from '../../../helpers/tempDir';

// A desk's database into the office's PostgreSQL and back: every row kept as it was, ids, hashes and numbers included.

const made: Awaited<ReturnType<typeof freshPostgresDatabase>>[] = [];
afterAll(async () => {
  for (const database of made) await database.drop();
});

/** A desk's store with a bit of everything: profiles, an approved and exported communiqué, a comment, a draft, a translation. */
async function deskStore(): Promise<string> {
  const office = await testOffice();
  const { ok } = office;
  const created = await ok('ana', 'createCommunique', { content: seedContent('seed-000-es') });
  const submitted = await ok('ana', 'submitForReview', { id: created.id, revision: created.revision });
  const version = submitted.latestVersion as { id: number; sha256: string };
  await ok('eva', 'addComment', { id: created.id, versionId: version.id, anchor: { field: 'title', index: null }, body: 'Revisar el título' });
  await ok('eva', 'approveVersion', { id: created.id, versionId: version.id, sha256: version.sha256 });
  await ok('dora', 'renderExport', { id: created.id, format: 'txt' });
  await ok('admin', 'continueNumbering', { series: 'comunicado', year: 2020, next: 223, reason: 'Emitidos antes de Redacta' });
  await ok('ana', 'createCommunique', { content: seedContent('seed-001-en') });
  await ok('ana', 'createTranslation', { id: created.id });
  await office.backend.close();
  return office.databasePath;
}

/** Every copied table's rows, in key order, as SQLite holds them. */
function rowsOf(path: string): Record<string, unknown[]> {
  const db = new BetterSqlite3(path, { readonly: true });
  const all = Object.fromEntries(
    copiedTables.map((table) => [
      table.table,
      db
        .prepare(
          `SELECT ${table.columns.map((column) => `"${column}"`).join(', ')} FROM "${table.table}" ORDER BY ${table.key.map((key) => `"${key}"`).join(', ')}`,
        )
        .all(),
    ]),
  );
  db.close();
  return all;
}

describe('migrate between SQLite and PostgreSQL', { timeout: 180_000 }, () => {
  it('SQLite → PostgreSQL → SQLite gives the same store row for row, and the copy works as the original does', async () => {
    const desk = await deskStore();
    const office = await freshPostgresDatabase();
    made.push(office);
    const there = await runCliProcess(['migrate', '--from', desk, '--to', office.url]);
    expect(there).toMatchObject({ code: 0, stderr: '' });
    expect(there.stdout).toBe(`Copiado de ${desk} a ${office.url} (comunicados: 3; versiones: 1; entradas de la bitácora: 19).\n`);
    const back = tempDatabasePath();
    expect(await runCliProcess(['migrate', '--from', office.url, '--to', back])).toMatchObject({ code: 0, stderr: '' });
    const before = rowsOf(desk);
    expect(rowsOf(back)).toEqual(before);
    // The office's counters start after every number the desk gave or declared (seed 000 took 1 in 2021; 1–222 of 2020 were issued outside).
    const counters = await office.pool.query('SELECT series_id, year, last_number FROM number_counters ORDER BY series_id, year');
    expect(counters.rows).toEqual([
      { series_id: 'comunicado', year: 2020, last_number: 222 },
      { series_id: 'comunicado', year: 2021, last_number: 1 },
    ]);
    expect((before.versions ?? []).length).toBeGreaterThan(0);

    // The copy answers as the desk did: the same list, the same search.
    const copy = testBackend({ databasePath: back });
    const original = testBackend({ databasePath: desk });
    const ask = async (which: ReturnType<typeof testBackend>) => {
      const signed = await which.call('signIn', { name: 'eva', passphrase: 'frase de acceso de eva' });
      const session = signed.ok ? signed.value.session : '';
      const call = (method: string, input: unknown) => which.backend.dispatch(method, input, { locale: 'es', session });
      return { list: await call('listCommuniques', {}), found: await call('findCommuniques', { text: 'posgrado' }) };
    };
    const fromCopy = await ask(copy);
    // Seed 000 and its translation (which starts as a copy of its text) speak of the dual graduate programme.
    expect(fromCopy.found).toMatchObject({ ok: true, value: { total: 2 } });
    expect(fromCopy).toEqual(await ask(original));
    await copy.backend.close();
    await original.backend.close();
  });

  it('refuses a target that already holds data, and says in one line when the office database cannot be reached', async () => {
    const desk = await deskStore();
    const office = await freshPostgresDatabase();
    made.push(office);
    expect((await runCliProcess(['migrate', '--from', desk, '--to', office.url])).code).toBe(0);
    const again = await runCliProcess(['migrate', '--from', desk, '--to', office.url]);
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toBe(`La base de datos ${office.url} ya tiene datos (en communiques): la copia solo se hace a una base nueva. No se copió nada.\n`);
    expect(Number((await office.pool.query('SELECT count(*) AS n FROM communiques')).rows[0]?.n)).toBe(3);

    // Nothing listens on port 1; the password in the address is never repeated.
    const closed = await runCliProcess(['migrate', '--from', desk, '--to', 'postgres://redacta:secreto@127.0.0.1:1/oficina']);
    expect(closed).toMatchObject({ code: 1, stdout: '' });
    expect(closed.stderr).toBe(
      'No se pudo conectar con la base de datos postgres://redacta@127.0.0.1:1/oficina: el servidor no responde en esa dirección. Revise la dirección y que PostgreSQL esté en marcha.\n',
    );
    const mistyped = await runCliProcess(['migrate', '--from', `${desk}.typo`, '--to', office.url]);
    expect(mistyped).toMatchObject({ code: 1, stderr: `No existe la base de datos ${desk}.typo.\n` });
    const url = new URL(office.url);
    url.pathname = '/no_existe';
    const missing = await runCliProcess(['migrate', '--from', desk, '--to', url.toString()]);
    expect(missing.stderr).toBe(`El servidor ${url.toString()} no tiene esa base de datos. Créela primero (createdb) y vuelva a intentarlo.\n`);
  });
});
