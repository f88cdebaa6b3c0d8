import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../helpers/fixtures';
import { runCliProcess } from '../../../helpers/runCliProcess';
import { testDatabase } from '../../../helpers/testDatabase';
import { tempDir } from '../../../helpers/tempDir';

interface FileResult {
  file: string;
  ok: boolean;
  id: number | null;
  ids: number[];
  skipped: number;
  warnings: string[];
  read: { series: string; number: number | null; date: string | null; title: string }[];
  error: string | null;
}

// Each case starts the real CLI several times (about 3 s each on a busy machine): more than the default 30 s.
describe('redacta import and export-archive', { timeout: 120_000 }, () => {
  it('imports a folder file by file (one result each, reasons for what is not a communiqué), skips what is already in, and writes the archive out losslessly', async () => {
    const folder = tempDir();
    mkdirSync(join(folder, '2016'));
    copyFileSync(fixturePath('import', 'seed-000-es.txt'), join(folder, 'c223.txt'));
    copyFileSync(fixturePath('import', 'web-page-es.html'), join(folder, '2016', 'c145.html'));
    writeFileSync(join(folder, 'carta.txt'), 'Estimada colega:\n\nLe agradezco la invitación.\n\nAtentamente,\nLa Coordinación');
    writeFileSync(join(folder, 'foto.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const db = await testDatabase();
    const cli = (args: string[]) => runCliProcess(['--db', db, ...args]);

    const dry = await cli(['import', folder, '--dry-run', '--json']);
    expect(dry.code).toBe(1);
    const planned = JSON.parse(dry.stdout) as FileResult[];
    expect(planned.map((one) => [one.file.slice(folder.length + 1), one.ok, one.id])).toEqual([
      ['2016/c145.html', true, null],
      ['c223.txt', true, null],
      ['carta.txt', false, null],
      ['foto.png', false, null],
    ]);
    expect(planned[2]?.error).toBe('No parece un comunicado: no tiene número ni fecha al principio.');
    expect(planned[1]?.read).toEqual([
      { series: 'comunicado', number: 223, date: '2021-11-17', title: 'Buscará IPN posgrado dual con el Instituto de Minería y Tecnología de Nuevo México' },
    ]);
    const dryText = await cli(['import', folder, '--dry-run']);
    expect(dryText.stdout).toContain('Se importarían 2 de 4 archivos. (prueba: no se guardó nada)');
    expect(JSON.parse((await cli(['search', 'posgrado', '--json'])).stdout)).toMatchObject({ total: 0 });

    const done = JSON.parse((await cli(['import', folder, '--json'])).stdout) as FileResult[];
    expect(done.filter((one) => one.ok).map((one) => one.id)).toEqual([1, 2]);
    const found = JSON.parse((await cli(['search', 'posgrado', 'dual', '--json'])).stdout) as { hits: { number: number; year: number }[] };
    expect(found.hits.map((hit) => [hit.number, hit.year]).sort()).toEqual([
      [145, 2016],
      [223, 2021],
    ]);

    const again = await cli(['import', join(folder, 'c223.txt')]);
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toContain('omitido, ya estaba en el archivo');

    const out = join(tempDir(), 'archivo.jsonl');
    expect((await cli(['export-archive', out])).stdout).toBe(`2 comunicados escritos en ${out}.\n`);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(2);
    expect((await cli(['export-archive', out])).code).toBe(1);

    const copy = await testDatabase();
    const restored = JSON.parse((await runCliProcess(['--db', copy, 'import', out, '--json'])).stdout) as FileResult[];
    expect(restored).toMatchObject([{ ok: true, ids: [1, 2] }]);
    const list = (path: string) => runCliProcess(['--db', path, 'list', '--json']).then((result) => JSON.parse(result.stdout) as unknown[]);
    const strip = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), updatedAt: undefined }));
    expect(strip(await list(copy))).toEqual(strip(await list(db)));
  });

  it('says in text mode what a person must check in what was read, as the preview does', async () => {
    const file = join(tempDir(), 'sin-vinetas.txt');
    writeFileSync(
      file,
      'Comunicado 12\nCiudad de México, a 3 de marzo de 2020\n\nInaugura el IPN un laboratorio de energía solar\n\n' +
        'El Instituto Politécnico Nacional inauguró hoy un laboratorio dedicado a la energía solar en Zacatenco.\n',
    );
    const dry = await runCliProcess(['--db', await testDatabase(), 'import', file, '--dry-run']);
    expect(dry.stdout).toBe(
      `${file}: se importaría «Inaugura el IPN un laboratorio de energía solar»\n` +
        '  Avisos: Sin viñetas. Sin marca de cierre: revise que el texto esté completo.\n' +
        'Se importarían 1 de 1 archivos. (prueba: no se guardó nada)\n',
    );
  });
});
