import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Backend } from '../../electron/api/createBackend';
import { createBackend } from '../../electron/api/createBackend';
import { bodyToPlainText } from '../../shared/body/bodyToPlainText';
import type { FileReading } from '../../shared/domain/importItem';
import { available } from './externalTools';
import { generated, random, vocabulary } from './generatedCommuniques';
import type { BenchRow } from './measure';
import { timed } from './measure';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** A release as the office's files print it: number line, dateline, title, bullets, paragraphs, closing mark. */
function releaseLines(index: number, words: string[], next: () => number): string[] {
  const content = generated(words, next, index);
  const [year, month, day] = content.date.split('-').map(Number);
  const months = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
  return [
    `Comunicado ${index + 1}`,
    `Ciudad de México, a ${day} de ${months[(month ?? 1) - 1]} de ${year}`,
    content.title,
    ...content.summary.map((bullet) => `- ${bullet}`),
    ...bodyToPlainText(content.body, '').split('\n\n'),
    '--oOo--',
  ];
}

/** Every file of a folder through the same calls the app and the CLI make: read (preview), then store, one transaction each. */
async function importFolder(backend: Backend, folder: string): Promise<number> {
  let imported = 0;
  for (const name of readdirSync(folder).sort()) {
    const read = await backend.dispatch('readImportFile', { name, data: readFileSync(join(folder, name)).toString('base64') });
    if (!read.ok) throw new Error(read.error.message);
    const reading = read.value as FileReading;
    if (!reading.format || reading.refused) throw new Error(`${name} refused`);
    const stored = await backend.dispatch('importArchiveFile', { file: name, sha256: reading.sha256, format: reading.format, items: reading.items });
    if (!stored.ok) throw new Error(stored.error.message);
    imported += (stored.value as { imported: unknown[] }).imported.length;
  }
  return imported;
}

/**
 * Import throughput: 1,000 text files (target under 10 s), 50 Word files beside pandoc turning the same files into
 * text, 50 PDFs beside pdftotext: each file read, checked against the archive and stored in its own transaction.
 */
export async function importBench(dir: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const words = vocabulary();
  const next = random(42);
  const folders = { txt: join(dir, 'import-txt'), docx: join(dir, 'import-docx'), pdf: join(dir, 'import-pdf') };
  for (const folder of Object.values(folders)) mkdirSync(folder);
  for (let i = 0; i < 1000; i++) writeFileSync(join(folders.txt, `c${String(i).padStart(4, '0')}.txt`), releaseLines(i, words, next).join('\n\n'));
  for (let i = 0; i < 50; i++) {
    const lines = releaseLines(2000 + i, words, next);
    const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] });
    writeFileSync(join(folders.docx, `c${i}.docx`), await Packer.toBuffer(doc));
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    let page = pdf.addPage([612, 792]);
    let y = 740;
    for (const line of lines) {
      // Hard-wrapped as a PDF prints it: about 90 characters a line, a blank line between paragraphs, pages as they fill.
      for (const part of line.match(/.{1,90}(\s|$)/g) ?? [line]) {
        if (y < 60) {
          page = pdf.addPage([612, 792]);
          y = 740;
        }
        page.drawText(
          part.replace(/[^\x20-\x7e]/g, (char) => char.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
          { x: 60, y, size: 10, font },
        );
        y -= 13;
      }
      y -= 13;
    }
    writeFileSync(join(folders.pdf, `c${i}.pdf`), await pdf.save());
  }

  const backend = createBackend({ databasePath: join(dir, 'import.sqlite3') });
  try {
    let count = 0;
    const txt = await timed(async () => (count = await importFolder(backend, folders.txt)));
    rows.push({
      what: 'import 1000 text files (read, check, store each)',
      figure: ms(txt),
      note: `${count} imported; ${Math.round(count / (txt / 1000))} files/s (target: under 10 s)`,
    });
    const docx = await timed(() => importFolder(backend, folders.docx));
    const pandocTime = available('pandoc')
      ? await timed(async () => {
          for (const name of readdirSync(folders.docx)) await run('pandoc', [join(folders.docx, name), '-t', 'plain', '-o', join(dir, 'out.txt')]);
        })
      : Number.NaN;
    rows.push({
      what: 'import 50 Word files',
      figure: ms(docx),
      note: `${(docx / 50).toFixed(1)} ms a file; pandoc to text alone ${ms(pandocTime)} (${(pandocTime / docx).toFixed(1)}× ours)`,
    });
    const pdf = await timed(() => importFolder(backend, folders.pdf));
    const pdftotext = available('pdftotext')
      ? await timed(async () => {
          for (const name of readdirSync(folders.pdf)) await run('pdftotext', [join(folders.pdf, name), join(dir, 'out.txt')]);
        })
      : Number.NaN;
    rows.push({
      what: 'import 50 PDFs',
      figure: ms(pdf),
      note: `${(pdf / 50).toFixed(1)} ms a file; pdftotext alone ${ms(pdftotext)} (${(pdftotext / pdf).toFixed(1)}× ours)`,
    });
  } finally {
    await backend.close();
  }
  return rows;
}
