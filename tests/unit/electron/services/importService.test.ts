import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { queryDatabase } from '../../../helpers/queryDatabase';
import { describe, expect, it } from 'vitest';
import { bodyToPlainText } from '../../../../shared/body/bodyToPlainText';
import type { FileReading, ImportItem } from '../../../../shared/domain/importItem';
import type { TestOffice } from '../../../helpers/office';
import { officesClosedAfterAll } from '../../../helpers/office';

const office = officesClosedAfterAll();
const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures');
const seed = (name: string) => readFileSync(join(fixtures, 'import', name));
const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

async function read({ ok }: TestOffice, name: string, data: string | Buffer): Promise<FileReading> {
  return ok('admin', 'readImportFile', { name, data: base64(data) });
}

async function importAll({ ok }: TestOffice, reading: FileReading, change: (item: ImportItem) => ImportItem = (item) => item) {
  if (!reading.format) throw new Error('not read');
  return ok('admin', 'importArchiveFile', { file: reading.file, sha256: reading.sha256, format: reading.format, items: reading.items.map(change) });
}

const release = (number: string, dateline: string, title: string) =>
  `${number}\n\n${dateline}\n\n${title}\n\n- Un balazo\n\nUn párrafo del cuerpo.\n\n--oOo--\n`;

describe('importing the office’s past', () => {
  it('seed 000 comes in as a published archive item marked imported, its number in the log, and numbering continues after it', async () => {
    const made = await office();
    const reading = await read(made, 'comunicado-223.txt', seed('seed-000-es.txt'));
    expect(reading).toMatchObject({
      format: 'txt',
      refused: null,
      items: [{ number: 223, status: 'published', duplicateOf: null, newSeries: null, warnings: [] }],
    });
    const expected = JSON.parse(readFileSync(join(fixtures, 'communiques', 'seed-000-es.json'), 'utf8')) as { title: string; date: string };
    expect(reading.items[0]?.content).toMatchObject({ series: 'comunicado', title: expected.title, date: expected.date });

    const outcome = await importAll(made, reading);
    expect(outcome).toMatchObject({ skipped: 0, imported: [{ number: 223, year: 2021, title: expected.title }] });
    const id = outcome.imported[0]?.id ?? 0;
    const stored = await made.ok('eva', 'getCommunique', { id });
    expect(stored).toMatchObject({
      status: 'published',
      number: 223,
      year: 2021,
      publishedOn: '2021-11-17',
      importedFrom: { fileName: 'comunicado-223.txt', format: 'txt', importedBy: 'admin' },
    });
    expect((await made.ok('eva', 'listNumbers', { series: 'comunicado', year: 2021 })).map((entry) => [entry.number, entry.communiqueId])).toEqual([[223, id]]);
    expect((await made.ok('eva', 'getNumbering', { series: 'comunicado', year: 2021 })).next).toBe(224);
    // The file's hash is kept beside its name, and the import is in the log with who and which file.
    expect(await queryDatabase(made.databasePath, 'SELECT file_sha256 FROM imported_sources WHERE communique_id = ?', [id])).toEqual([
      { file_sha256: reading.sha256 },
    ]);
    expect((await made.ok('admin', 'listAudit', { limit: 5 })).find((entry) => entry.action === 'import')).toMatchObject({
      actor: 'admin',
      details: { file: 'comunicado-223.txt', sha256: reading.sha256 },
    });
    // It is found like any other.
    expect((await made.ok('eva', 'findCommuniques', { text: 'Nuevo Mexico posgrado' })).items.map((item) => item.id)).toEqual([id]);
  });

  it('flags the same file, the same number and the same text as duplicates: skipped by default, both kept when chosen, the number logged once', async () => {
    const made = await office();
    const first = await read(made, 'a.txt', release('Comunicado 10', '3 de marzo de 2020', 'Primero'));
    await importAll(made, first);
    const again = await read(made, 'a.txt', release('Comunicado 10', '3 de marzo de 2020', 'Primero'));
    expect(again.items[0]?.duplicateOf).toMatchObject({ why: 'number', title: 'Primero' });
    expect(await importAll(made, again)).toMatchObject({ imported: [], skipped: 1 });
    const sameText = await read(made, 'b.txt', release('Nota', '3 de marzo de 2020', 'Sin número'));
    expect(sameText.refused).toBeNull();
    await importAll(made, sameText);
    const copy = await read(made, 'copia de b.txt', `\n${release('Nota', '3 de marzo de 2020', 'Sin número')}`);
    expect(copy.items[0]?.duplicateOf).toMatchObject({ why: 'content', title: 'Sin número' });
    const kept = await importAll(made, again, (item) => ({ ...item, onDuplicate: 'keepBoth' }));
    expect(kept.imported).toHaveLength(1);
    expect(await made.ok('eva', 'listNumbers', { series: 'comunicado', year: 2020 })).toHaveLength(1);
  });

  it('links an English text with the number and year of a Spanish one as its translation', async () => {
    const made = await office();
    const spanish = await importAll(made, await read(made, 'es.txt', release('Comunicado 31', '5 de abril de 2016', 'Reunión técnica')));
    const english = await read(made, 'en.txt', release('Press Release 031', 'Mexico City, April 05, 2016', 'Technical meeting'));
    expect(english.items[0]).toMatchObject({
      content: { series: 'comunicado', language: 'en' },
      number: 31,
      translationOf: spanish.imported[0]?.id,
      duplicateOf: null,
    });
    const stored = await importAll(made, english);
    const translation = await made.ok('eva', 'getCommunique', { id: stored.imported[0]?.id ?? 0 });
    expect(translation).toMatchObject({ translationOf: spanish.imported[0]?.id, number: 31, year: 2016, status: 'published' });
    expect(await made.ok('eva', 'listNumbers', { series: 'comunicado', year: 2016 })).toHaveLength(1);
  });

  it('offers a label the office does not have as a new series, and creates it or maps it to one of the office’s as the person chose', async () => {
    const made = await office();
    const reading = await read(made, 'boletin.txt', release('BOLETÍN DE PRENSA 030', '6 de marzo de 2017', 'Nuevo centro'));
    expect(reading.items[0]).toMatchObject({
      seriesLabel: 'BOLETÍN DE PRENSA',
      newSeries: { id: 'boletin-de-prensa', label: 'Boletín de prensa' },
      warnings: ['newSeries'],
    });
    await importAll(made, reading);
    expect((await made.ok('eva', 'listSeries', {})).find((series) => series.id === 'boletin-de-prensa')).toMatchObject({
      label: { es: 'Boletín de prensa' },
      numbered: true,
    });
    expect((await made.ok('eva', 'getNumbering', { series: 'boletin-de-prensa', year: 2017 })).next).toBe(31);

    const mapped = await read(made, 'numero.txt', release('Número 230', '6 de marzo de 2017', 'Otro'));
    const outcome = await importAll(made, mapped, (item) => ({ ...item, newSeries: null, content: { ...item.content, series: 'comunicado' } }));
    expect(await made.ok('eva', 'getCommunique', { id: outcome.imported[0]?.id ?? 0 })).toMatchObject({ content: { series: 'comunicado' }, number: 230 });
  });

  it('refuses what is not a communiqué with its reason, and stores nothing of a file one of whose items fails', async () => {
    const made = await office();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect((await read(made, 'foto.png', png)).refused).toEqual({ reason: 'unsupported', line: null });
    expect((await read(made, 'carta.txt', 'Estimado colega:\n\nLe escribo para invitarle.\n\nAtentamente')).refused).toEqual({
      reason: 'notACommunique',
      line: null,
    });
    expect((await read(made, 'vacio.txt', '')).refused).toEqual({ reason: 'empty', line: null });
    expect((await read(made, 'roto.jsonl', '{"title": 1}\n')).refused).toEqual({ reason: 'badLine', line: 1 });
    expect((await read(made, 'roto.pdf', '%PDF-1.7 roto')).refused).toEqual({ reason: 'unreadable', line: null });

    const reading = await read(made, 'sin-fecha.txt', release('Comunicado 5', '6 de marzo de 2017', 'Con fecha'));
    const good = reading.items[0] as ImportItem;
    const undated: ImportItem = { ...good, number: 6, content: { ...good.content, title: 'Sin fecha', date: null } };
    const failed = await made.call('admin', 'importArchiveFile', { file: 'dos.jsonl', sha256: reading.sha256, format: 'jsonl', items: [good, undated] });
    expect(failed).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_NO_DATE', message: 'No se sabe la fecha de «Sin fecha» (dos.jsonl): escríbala antes de importarlo.' },
    });
    expect((await made.ok('eva', 'findCommuniques', {})).total).toBe(0);
    expect(await made.ok('eva', 'listNumbers', { series: 'comunicado', year: 2017 })).toEqual([]);
  });

  it('refuses an issued communiqué of a numbered series without its number, a damaged Word file and a PDF with no text (a scan), with their reasons', async () => {
    const made = await office();
    const reading = await read(made, 'sin-numero.txt', release('Nota', '6 de marzo de 2017', 'Sin número'));
    const item = reading.items[0] as ImportItem;
    const numberless = await made.call('admin', 'importArchiveFile', {
      file: 'sin-numero.txt',
      sha256: reading.sha256,
      format: 'txt',
      items: [{ ...item, content: { ...item.content, series: 'comunicado' } }],
    });
    expect(numberless).toMatchObject({
      ok: false,
      error: {
        code: 'IMPORT_NO_NUMBER',
        message:
          '«Sin número» (sin-numero.txt) no tiene número, y la serie Comunicado los numera: escríbalo, o elija una serie sin número, antes de importarlo.',
      },
    });
    expect((await made.ok('eva', 'findCommuniques', {})).total).toBe(0);
    expect((await read(made, 'roto.docx', 'no soy un zip')).refused).toEqual({ reason: 'unreadable', line: null });
    const scan = await PDFDocument.create();
    scan.addPage([612, 792]);
    expect((await read(made, 'escaneo.pdf', Buffer.from(await scan.save()))).refused).toEqual({ reason: 'noText', line: null });
  });

  it('is for administrators: an officer may not import', async () => {
    const made = await office();
    expect(await made.call('ana', 'readImportFile', { name: 'a.txt', data: base64('x') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('writes the archive out and reads it back into an empty database as the same communiqués (status, numbers, links, text)', async () => {
    const made = await office();
    const { ok } = made;
    const draft = await ok('ana', 'createCommunique', {
      content: { title: 'Borrador en curso', summary: ['Uno'], body: 'Texto *a medias*.', date: '2026-11-30' },
    });
    const published = await importAll(made, await read(made, 'p.txt', release('Comunicado 7', '6 de marzo de 2017', 'Publicado')));
    await importAll(made, await read(made, 'p-en.txt', release('Press Release 7', 'March 6, 2017', 'Published')));
    expect(published.imported).toHaveLength(1);
    const lines: string[] = [];
    let after = 0;
    for (;;) {
      const page = await ok('admin', 'exportArchivePage', { afterId: after, limit: 2 });
      if (page.entries.length === 0) break;
      lines.push(...page.entries.map((entry) => JSON.stringify(entry)));
      after = page.lastId;
    }
    expect(lines).toHaveLength(3);

    const fresh = await office();
    const reading = await read(fresh, 'archivo.jsonl', lines.join('\n'));
    expect(reading.refused).toBeNull();
    await importAll(fresh, reading);
    const shape = async (o: TestOffice) => {
      const page = await o.ok('eva', 'findCommuniques', { sort: 'updated', limit: 50 });
      const all = await Promise.all(page.items.map((item) => o.ok('eva', 'getCommunique', { id: item.id })));
      return all
        .map((c) => ({
          status: c.status,
          number: c.number,
          year: c.year,
          publishedOn: c.publishedOn,
          translates: c.translationOf !== null,
          content: { ...c.content, body: bodyToPlainText(c.content.body, '') },
        }))
        .sort((a, b) => a.content.title.localeCompare(b.content.title));
    };
    expect(await shape(fresh)).toEqual(await shape(made));
    expect((await shape(fresh)).map((c) => c.status).sort()).toEqual(['draft', 'published', 'published'].sort());
    expect(draft.status).toBe('draft');
    expect((await fresh.ok('eva', 'getNumbering', { series: 'comunicado', year: 2017 })).next).toBe(8);
  });
});
