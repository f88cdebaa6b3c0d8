import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../helpers/fixtures';
import { runCliProcess } from '../../../helpers/runCliProcess';
import { testDatabase } from '../../../helpers/testDatabase';
import { tempDir } from '../../../helpers/tempDir';

describe('redacta CLI export and verify', () => {
  it('export into a folder with progress on stderr, never replace unasked, and verify what a file is', async () => {
    const db = await testDatabase();
    const out = join(tempDir(), 'salida');
    const cli = (...args: string[]) => runCliProcess(['--db', db, ...args]);
    expect((await cli('new', '--from', fixturePath('communiques', 'seed-000-es.json'))).code).toBe(0);
    expect((await cli('new', '--from', fixturePath('communiques', 'seed-001-en.json'))).code).toBe(0);
    // Communiqué 1 goes to review: what exports is its version v1, still a draft; communiqué 2 is a working copy.
    expect((await cli('submit', '1')).code).toBe(0);

    const first = await cli('export', '1', '2', '--format', 'docx,pdf', '--out', out);
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'Comunicado-BORRADOR-1-v1.docx (BORRADOR)',
      'Comunicado-BORRADOR-1-v1.pdf (BORRADOR)',
      'Joint-Release-BORRADOR-2-en.docx (BORRADOR)',
      'Joint-Release-BORRADOR-2-en.pdf (BORRADOR)',
    ]);
    expect(
      first.stderr
        .split('\n')
        .filter(Boolean)
        .map((line) => line.replace(/\] .*/, ']')),
    ).toEqual(['[1/4]', '[2/4]', '[3/4]', '[4/4]']);
    expect(readdirSync(out).sort()).toEqual([
      'Comunicado-BORRADOR-1-v1.docx',
      'Comunicado-BORRADOR-1-v1.pdf',
      'Joint-Release-BORRADOR-2-en.docx',
      'Joint-Release-BORRADOR-2-en.pdf',
    ]);
    const pdf = join(out, 'Comunicado-BORRADOR-1-v1.pdf');
    const before = readFileSync(pdf);

    const again = await cli('export', '1', '--format', 'pdf', '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Ya existe «Comunicado-BORRADOR-1-v1.pdf»');
    expect(again.stderr).toContain('--overwrite');
    expect(readFileSync(pdf).equals(before)).toBe(true);
    expect(await cli('export', '1', '--format', 'pdf', '--out', out, '--skip-existing')).toMatchObject({
      code: 0,
      stdout: 'Comunicado-BORRADOR-1-v1.pdf omitido: ya existía\n',
    });
    expect(await cli('export', '1', '--format', 'pdf', '--out', out, '--overwrite')).toMatchObject({
      code: 0,
      stdout: 'Comunicado-BORRADOR-1-v1.pdf (BORRADOR; reemplazó al anterior)\n',
    });

    const known = await cli('verify', pdf);
    expect(known.code).toBe(0);
    expect(known.stdout).toMatch(
      /^Comunicado-BORRADOR-1-v1\.pdf: exportación PDF del comunicado 1 \(«Buscará IPN posgrado dual.*»\), v1, BORRADOR; la hizo .* como Comunicado-BORRADOR-1-v1\.pdf\.\n$/,
    );
    appendFileSync(pdf, '\n% cambiado a mano\n');
    const changed = await cli('verify', pdf, join(out, 'Joint-Release-BORRADOR-2-en.docx'));
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('Comunicado-BORRADOR-1-v1.pdf: dice ser la exportación PDF del comunicado 1');
    expect(changed.stdout).toContain('pero su contenido cambió desde entonces');
    expect(changed.stdout).toContain('Joint-Release-BORRADOR-2-en.docx: exportación DOCX del comunicado 2');
    expect(changed.stderr).toBe('Archivos que no son exportaciones intactas de Redacta: 1 de 2.\n');
    const unknown = await cli('verify', fixturePath('communiques', 'seed-000-es.json'));
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toMatch(/^seed-000-es\.json: Redacta no exportó este archivo/);

    // --version picks the text: the working copy of communiqué 1 is also its version under review.
    expect(await cli('export', '1', '--format', 'txt', '--version', 'working', '--out', out)).toMatchObject({
      code: 0,
      stdout: 'Comunicado-BORRADOR-1.txt (BORRADOR)\n',
    });
    expect(await cli('export', '1', '--format', 'txt', '--version', '1', '--out', out)).toMatchObject({
      code: 0,
      stdout: 'Comunicado-BORRADOR-1-v1.txt (BORRADOR)\n',
    });
    expect((await cli('export', '1', '--format', 'txt', '--version', '7', '--out', out)).stderr).toContain('No existe la versión v7.');
    expect(await cli('export', '1', '--format', 'odt', '--out', out)).toMatchObject({
      code: 2,
      stderr: '«odt» no es un formato de exportación: use docx, pdf, txt o html.\n',
    });
  }, 180_000);
});
