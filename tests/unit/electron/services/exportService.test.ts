import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { seedContent } from '../../../helpers/fixtures';
import { testOffice } from '../../../helpers/office';
import { pdfPages } from '../../../helpers/pdfPages';
import { pdfWords } from '../../../helpers/pdfWords';
import { tempDir } from '../../../helpers/tempDir';

type Office = Awaited<ReturnType<typeof testOffice>>;
const offices: Office[] = [];
afterAll(async () => {
  for (const office of offices) await office.backend.close();
});

/** An office with seed 000 drafted by Ana and approved by Eva as Comunicado 1, and seed 001 left as a draft. */
async function officeWithSeeds() {
  const office = await testOffice();
  offices.push(office);
  const { ok } = office;
  const created = await ok('ana', 'createCommunique', { content: seedContent('seed-000-es') });
  const submitted = await ok('ana', 'submitForReview', { id: created.id, revision: created.revision });
  const version = submitted.latestVersion as { id: number; sha256: string };
  await ok('eva', 'approveVersion', { id: created.id, versionId: version.id, sha256: version.sha256 });
  const draft = await ok('ana', 'createCommunique', { content: seedContent('seed-001-en') });
  return { ...office, approved: created.id, draft: draft.id, versionSha256: version.sha256 };
}

const bytesOf = (base64: string) => Buffer.from(base64, 'base64');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('exports', () => {
  it('export the approved version clean, numbered, and anything else as BORRADOR on every page without a number', async () => {
    const { ok, approved, draft } = await officeWithSeeds();
    const clean = await ok('dora', 'renderExport', { id: approved, format: 'pdf' });
    expect(clean).toMatchObject({ fileName: 'Comunicado-001-2021.pdf', mimeType: 'application/pdf', draft: false });
    const cleanPages = pdfPages(bytesOf(clean.base64));
    expect(cleanPages.length).toBe(2);
    expect(cleanPages[0]).toContain('Comunicado 1');
    expect(cleanPages.join('')).not.toContain('BORRADOR');

    const drafted = await ok('ana', 'renderExport', { id: draft, format: 'pdf' });
    expect(drafted).toMatchObject({ fileName: `Joint-Release-BORRADOR-${draft}-en.pdf`, draft: true });
    const draftPages = pdfPages(bytesOf(drafted.base64));
    expect(draftPages.length).toBeGreaterThan(1);
    for (const page of pdfPages(bytesOf(drafted.base64), 'raw')) expect(page.replace(/\s+/g, '')).toContain('BORRADOR·DRAFT');
    // The mark is whole on every page: one diagonal line, every letter within the paper (its letters are the tall words).
    for (const page of pdfWords(bytesOf(drafted.base64))) {
      const letters = page.words.filter((word) => word.yMax - word.yMin > 30).sort((a, b) => a.xMin - b.xMin);
      expect(letters.map((letter) => letter.text).join('')).toBe('BORRADOR·DRAFT');
      for (const letter of letters) expect(letter.xMin >= 0 && letter.xMax <= page.width && letter.yMin >= 0 && letter.yMax <= page.height).toBe(true);
    }
    expect(draftPages[0]).toContain('Joint Release (number on approval)');

    // The same approved communiqué, edited afterwards: its working copy is a draft, its approved version still clean.
    const current = await ok('ana', 'getCommunique', { id: approved });
    await ok('ana', 'saveCommunique', { id: approved, revision: current.revision, content: { ...current.content, title: 'Otro título' } });
    expect(await ok('dora', 'renderExport', { id: approved, format: 'txt' })).toMatchObject({ fileName: `Comunicado-BORRADOR-${approved}.txt`, draft: true });
    const stillApproved = await ok('dora', 'renderExport', { id: approved, format: 'txt', version: 1 });
    expect(stillApproved.fileName).toBe('Comunicado-001-2021.txt');
    expect(bytesOf(stillApproved.base64).toString('utf8').split('\n').slice(0, 4)).toEqual([
      'Comunicado 1',
      'Ciudad de México, 17 de noviembre de 2021',
      '',
      'Buscará IPN posgrado dual con el Instituto de Minería y Tecnología de Nuevo México',
    ]);
  });

  it('make a Word file with the letterhead as header, live page numbers in the footer, named styles, the font and the version in its properties', async () => {
    const { ok, approved, versionSha256 } = await officeWithSeeds();
    const exported = await ok('dora', 'renderExport', { id: approved, format: 'docx' });
    const files = unzipSync(bytesOf(exported.base64));
    const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
    expect(text('word/header1.xml')).toContain('Instituto Politécnico Nacional');
    expect(text('word/header1.xml')).toContain('<wp:inline');
    expect(text('word/footer1.xml')).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(text('word/footer1.xml')).toContain('Unidad Profesional Adolfo López Mateos');
    const styles = text('word/styles.xml');
    for (const style of ['Title', 'Subtitle', 'Quote', 'List Bullet', 'List Number', 'Caption', 'Número y fecha', 'Cierre'])
      expect(styles).toContain(`w:val="${style}"`);
    const body = text('word/document.xml');
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(body).toContain('<w:pStyle w:val="Subtitle"/>');
    expect(Object.keys(files).filter((name) => name.startsWith('word/fonts/'))).toHaveLength(4);
    const properties = text('docProps/custom.xml');
    expect(properties).toContain(versionSha256);
    expect(properties).toContain('eva');
    expect(properties).toContain('Comunicado 1');
    expect(text('docProps/core.xml')).toContain('<dc:title>Buscará IPN posgrado dual');
    expect(text('docProps/core.xml')).toContain(`redacta-export:${exported.record.exportKey}`);
  });

  it('write into the folder chosen, whole or not at all, and never replace a file without being asked', async () => {
    const { ok, call, approved } = await officeWithSeeds();
    const folder = tempDir();
    const first = await ok('dora', 'exportToFolder', { id: approved, format: 'docx', folder, ifExists: 'ask' });
    expect(first).toMatchObject({ fileName: 'Comunicado-001-2021.docx', outcome: 'written' });
    const path = join(folder, first.fileName);
    const original = readFileSync(path);
    expect(sha256(original)).toBe(first.record?.sha256);

    const again = await call('dora', 'exportToFolder', { id: approved, format: 'docx', folder, ifExists: 'ask' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'FILE_EXISTS', message: `Ya existe «Comunicado-001-2021.docx» en ${folder}. No se reemplazó: elija reemplazarlo u omitirlo.` },
    });
    expect(readFileSync(path).equals(original)).toBe(true);
    expect(await ok('dora', 'exportToFolder', { id: approved, format: 'docx', folder, ifExists: 'skip' })).toMatchObject({ outcome: 'skipped', record: null });
    expect(readFileSync(path).equals(original)).toBe(true);
    expect(await ok('dora', 'exportToFolder', { id: approved, format: 'docx', folder, ifExists: 'replace' })).toMatchObject({ outcome: 'replaced' });
    expect(readFileSync(path).equals(original)).toBe(false);
    // No temporary file is left behind.
    expect(readdirSync(folder)).toEqual(['Comunicado-001-2021.docx']);

    const missing = join(folder, 'no-existe');
    expect(await call('dora', 'exportToFolder', { id: approved, format: 'pdf', folder: missing, ifExists: 'ask' })).toMatchObject({
      ok: false,
      error: { code: 'FOLDER_NOT_FOUND' },
    });
    expect(existsSync(missing)).toBe(false);
  });

  it('record every file and tell what a file is: exported as is, changed since, or never exported', async () => {
    const { ok, approved, draft } = await officeWithSeeds();
    const pdf = await ok('dora', 'renderExport', { id: approved, format: 'pdf' });
    const docx = await ok('ana', 'renderExport', { id: draft, format: 'docx' });
    const html = await ok('ana', 'renderExport', { id: draft, format: 'html' });
    expect((await ok('eva', 'listExports', { id: approved })).map((record) => [record.format, record.exportedBy, record.versionSeq, record.draft])).toEqual([
      ['pdf', 'dora', 1, false],
    ]);

    expect(await ok('eva', 'verifyExport', { base64: pdf.base64 })).toMatchObject({
      status: 'known',
      record: { communiqueId: approved, versionSeq: 1, exportedBy: 'dora', format: 'pdf' },
      title: expect.stringContaining('Buscará IPN'),
    });
    expect(await ok('eva', 'verifyExport', { base64: html.base64 })).toMatchObject({
      status: 'known',
      record: { communiqueId: draft, versionSeq: null, draft: true },
    });

    // Changed files still name their export in their properties.
    const changedPdf = Buffer.concat([bytesOf(pdf.base64), Buffer.from('\n% cambiado\n')]);
    expect(await ok('eva', 'verifyExport', { base64: changedPdf.toString('base64') })).toMatchObject({
      status: 'modified',
      record: { exportKey: pdf.record.exportKey },
    });
    const files = unzipSync(bytesOf(docx.base64));
    files['word/document.xml'] = new TextEncoder().encode(strFromU8(files['word/document.xml'] ?? new Uint8Array()).replace('Conalep', 'CONALEP'));
    expect(await ok('eva', 'verifyExport', { base64: Buffer.from(zipSync(files)).toString('base64') })).toMatchObject({
      status: 'modified',
      record: { exportKey: docx.record.exportKey },
    });

    expect(await ok('eva', 'verifyExport', { base64: Buffer.from('un archivo cualquiera').toString('base64') })).toMatchObject({ status: 'unknown' });
  });
});

describe('Word files', () => {
  it('carry the body’s images, captions, links, quotes and lists, each in its named style', async () => {
    const office = await testOffice();
    offices.push(office);
    // A 2×2 PNG.
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';
    const text = (value: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('Consulte '), text('el sitio del IPN', [{ type: 'link', attrs: { href: 'https://www.ipn.mx' } }]), text('.')] },
        { type: 'figure', attrs: { src: png, alt: 'Escudo' }, content: [text('Pie de foto')] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [text('Una cita')] }] },
        { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('Uno')] }] }] },
      ],
    };
    const created = await office.ok('ana', 'createCommunique', { content: { title: 'Con imagen', body } });
    const exported = await office.ok('ana', 'renderExport', { id: created.id, format: 'docx' });
    const files = unzipSync(bytesOf(exported.base64));
    const document = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(Object.keys(files).some((name) => name.startsWith('word/media/'))).toBe(true);
    expect(document).toContain('descr="Escudo"');
    expect(document).toMatch(/<w:pStyle w:val="Caption"\/>[\s\S]*Pie de foto/);
    expect(document).toMatch(/<w:hyperlink[^>]*>[\s\S]*el sitio del IPN/);
    expect(strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array())).toContain('Target="https://www.ipn.mx"');
    expect(document).toMatch(/<w:pStyle w:val="Quote"\/>[\s\S]*Una cita/);
    expect(document).toMatch(/<w:pStyle w:val="ListNumber"\/>[\s\S]*<w:numPr>[\s\S]*Uno/);
  });
});

describe('a file left in the way', () => {
  it('is not touched by an export that fails', async () => {
    const { call, approved } = await officeWithSeeds();
    const folder = tempDir();
    const blocked = join(folder, 'Comunicado-001-2021.pdf');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'dentro.txt'), 'x');
    expect(await call('dora', 'exportToFolder', { id: approved, format: 'pdf', folder, ifExists: 'replace' })).toMatchObject({ ok: false });
    expect(readdirSync(folder)).toEqual(['Comunicado-001-2021.pdf']);
    expect(readdirSync(blocked)).toEqual(['dentro.txt']);
  });
});
