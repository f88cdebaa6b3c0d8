import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BodyNodeJson } from '../../../../shared/body/bodyJson';
import { seedContent } from '../../../helpers/fixtures';
import { libreOfficePdf } from '../../../helpers/libreOffice';
import { testOffice } from '../../../helpers/office';
import { keepPageImages, pagePixels } from '../../../helpers/pageImages';
import { pdfPages } from '../../../helpers/pdfPages';
import { tempDir } from '../../../helpers/tempDir';
import { threePageContent } from '../../../helpers/threePageContent';

type Office = Awaited<ReturnType<typeof testOffice>>;
let office: Office | undefined;
afterAll(async () => office?.backend.close());

const flat = (value: string) => value.replace(/\s+/g, ' ').trim();
const firstWords = (value: string, count = 5) => flat(value).split(' ').slice(0, count).join(' ');
const textOf = (node: BodyNodeJson): string => node.text ?? (node.content ?? []).map(textOf).join(' ');

/** What must come out, in reading order: number, dateline, title, bullets, the first words of every block, closing mark. */
function partsInOrder(content: ReturnType<typeof threePageContent>, numberLine: string): string[] {
  const blocks = (content.body.content ?? []).flatMap((block) =>
    block.type === 'bulletList' || block.type === 'orderedList'
      ? (block.content ?? []).map((item) => firstWords(textOf(item), 3))
      : block.type === 'table'
        ? // Cells sit side by side: a row is found by its first cell's first words.
          (block.content ?? []).map((row) => firstWords(textOf(row.content?.[0] ?? row), 2))
        : [firstWords(textOf(block))],
  );
  return [
    numberLine,
    'Ciudad de México, 17 de noviembre de 2021',
    firstWords(String(content.title)),
    ...(content.summary as string[]).map((bullet) => firstWords(bullet)),
    ...blocks,
    '--oOo--',
  ];
}

/** Where each part is found after the previous one; -1 for a part missing or out of order. */
function positions(text: string, parts: readonly string[]): number[] {
  let from = 0;
  return parts.map((part) => {
    const at = text.indexOf(part, from);
    if (at >= 0) from = at + part.length;
    return at;
  });
}

async function exported<C extends Record<string, unknown>>(format: 'pdf' | 'docx', draft: boolean, content: C) {
  office ??= await testOffice();
  const { ok } = office;
  const created = await ok('ana', 'createCommunique', { content });
  if (!draft) {
    const submitted = await ok('ana', 'submitForReview', { id: created.id, revision: created.revision });
    const version = submitted.latestVersion as { id: number; sha256: string };
    await ok('eva', 'approveVersion', { id: created.id, versionId: version.id, sha256: version.sha256 });
  }
  const file = await ok('dora', 'renderExport', { id: created.id, format });
  return {
    bytes: Buffer.from(file.base64, 'base64'),
    content,
    fileName: file.fileName,
    numberLine: `Comunicado ${file.record.number ?? '(número al aprobar)'}`,
  };
}

/** Every page carries the letterhead and the footer with its own "página x de y". */
function expectLetterheadAndFooter(pages: readonly string[]) {
  pages.forEach((page, index) => {
    const text = flat(page);
    expect(text, `page ${index + 1}`).toContain('Instituto Politécnico Nacional');
    expect(text, `page ${index + 1}`).toContain('“La Técnica al Servicio de la Patria”');
    expect(text, `page ${index + 1}`).toContain('SECRETARÍA DE EDUCACIÓN');
    expect(text, `page ${index + 1}`).toContain('Unidad Profesional Adolfo López Mateos');
    expect(text, `page ${index + 1}`).toContain(`página ${index + 1} de ${pages.length}`);
  });
}

/** A page's text between the letterhead (its motto) and the footer (its first line), the number line left out. */
function pageBody(page: string): string {
  const text = flat(page);
  const motto = '“La Técnica al Servicio de la Patria”';
  const body = text.slice(text.indexOf(motto) + motto.length, text.indexOf('Unidad Profesional Adolfo López Mateos'));
  return flat(body.replace(/(Comunicado|Joint Release)( n\.)? \d+/, ''));
}

describe('a three-page communiqué, exported', () => {
  it('as PDF: three pages, each with the letterhead and the footer, and every part in order', async () => {
    const { bytes, content, numberLine } = await exported('pdf', false, threePageContent());
    const path = join(tempDir(), 'ours.pdf');
    writeFileSync(path, bytes);
    keepPageImages(path, 'fidelity-pdf');
    const pages = pdfPages(path);
    expect(pages).toHaveLength(3);
    expectLetterheadAndFooter(pages);
    const parts = partsInOrder(content, numberLine);
    expect(positions(flat(pages.join(' ')), parts).map((at, index) => (at < 0 ? `missing or out of order: ${parts[index]}` : 'ok'))).toEqual(
      parts.map(() => 'ok'),
    );
  });

  it('as DOCX, opened in LibreOffice: the letterhead and the footer on every page, and every part in order', async () => {
    const { bytes, content, fileName, numberLine } = await exported('docx', false, threePageContent());
    const path = libreOfficePdf(bytes, fileName);
    keepPageImages(path, 'fidelity-docx');
    // The letters are the paper's: LibreOffice takes Montserrat from the file (the machine does not have it).
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    for (const face of ['Montserrat-Regular', 'Montserrat-Bold', 'Montserrat-Italic']) expect(fonts).toContain(face);
    const pages = pdfPages(path);
    expect(pages).toHaveLength(3);
    expectLetterheadAndFooter(pages);
    const parts = partsInOrder(content, numberLine);
    expect(positions(flat(pages.join(' ')), parts).map((at, index) => (at < 0 ? `missing or out of order: ${parts[index]}` : 'ok'))).toEqual(
      parts.map(() => 'ok'),
    );
  });

  it.each([
    ['the three-page communiqué', threePageContent],
    ['seed 000 (Spanish)', () => seedContent('seed-000-es')],
    ['seed 001 (English)', () => seedContent('seed-001-en')],
  ] as const)('as DOCX, opened in LibreOffice: the same pages as the PDF for %s, each starting and ending with the same words', async (_name, content) => {
    const pdf = await exported('pdf', false, content());
    const docx = await exported('docx', false, content());
    const pdfPath = join(tempDir(), 'ours.pdf');
    writeFileSync(pdfPath, pdf.bytes);
    const ours = pdfPages(pdfPath).map(pageBody);
    const word = pdfPages(libreOfficePdf(docx.bytes, docx.fileName)).map(pageBody);
    expect(word).toHaveLength(ours.length);
    for (const body of [...ours, ...word]) expect(body.length).toBeGreaterThan(200);
    const ends = (pages: string[]) => pages.map((body) => ({ first: body.split(' ').slice(0, 6).join(' '), last: body.split(' ').slice(-6).join(' ') }));
    expect(ends(word)).toEqual(ends(ours));
  });

  it('as a draft DOCX, opened in LibreOffice: the BORRADOR watermark on every page, and no number', async () => {
    const { bytes, fileName } = await exported('docx', true, threePageContent());
    const path = libreOfficePdf(bytes, fileName);
    keepPageImages(path, 'fidelity-docx-draft');
    const pages = pdfPages(path);
    expect(flat(pages[0] ?? '')).toContain('Comunicado (número al aprobar)');
    // The watermark is Word's own shape, drawn (not text): look for its washed-out red on each page.
    const marked = pagePixels(path).map((pixels) => {
      let count = 0;
      for (let i = 0; i + 2 < pixels.length; i += 3) {
        const [r, g, b] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
        if (r > 215 && r - g > 18 && r - b > 12 && g > 150) count += 1;
      }
      return count;
    });
    expect(marked.length).toBe(pages.length);
    for (const count of marked) expect(count).toBeGreaterThan(200);
  });
});
