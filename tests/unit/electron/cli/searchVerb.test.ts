import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../helpers/fixtures';
import { runCliProcess } from '../../../helpers/runCliProcess';
import { testDatabase } from '../../../helpers/testDatabase';

// Each case starts the real CLI several times (about 3 s each on a busy machine): more than the default 30 s.
describe('redacta search', { timeout: 120_000 }, () => {
  it('finds by words without accents, as JSON with hits, total and time, or as a table; bad usage says what to do', async () => {
    const db = await testDatabase();
    const cli = (args: string[]) => runCliProcess(['--db', db, ...args]);
    expect((await cli(['new', '--from', fixturePath('communiques', 'seed-000-es.json')])).code).toBe(0);
    expect((await cli(['new', '--from', fixturePath('communiques', 'seed-001-en.json')])).code).toBe(0);

    const found = await cli(['search', 'mineria', 'nuevo', 'mexico', '--json']);
    expect(found.code).toBe(0);
    const result = JSON.parse(found.stdout) as { hits: { id: number; title: string; snippet: string }[]; total: number; tookMs: number };
    expect(result.total).toBe(1);
    expect(result.hits[0]).toMatchObject({
      id: 1,
      number: null,
      year: null,
      title: 'Buscará IPN posgrado dual con el Instituto de Minería y Tecnología de Nuevo México',
    });
    expect(typeof result.tookMs).toBe('number');

    const english = await cli(['search', 'conalep', '--language', 'en', '--json']);
    expect((JSON.parse(english.stdout) as { hits: { id: number }[] }).hits.map((hit) => hit.id)).toEqual([2]);
    expect(JSON.parse((await cli(['search', 'conalep', '--year', '2020', '--json'])).stdout)).toMatchObject({ hits: [], total: 0 });

    const table = await cli(['search', 'posgrado']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/\[posgrado\]/);
    expect(table.stdout).toMatch(/1 resultado\.\n$/);
    expect(await cli(['search'])).toMatchObject({ code: 2, stderr: 'Falta TEXTO a buscar.\n' });
    expect(await cli(['search', 'x', '--language', 'fr'])).toMatchObject({ code: 2, stderr: 'Idioma no válido: «fr» (es o en).\n' });
  });
});
