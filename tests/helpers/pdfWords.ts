import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A word poppler finds on a page, with its box in points from the page's top left. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every page's size and words with their boxes (pdftotext -bbox); rotated text comes letter by letter. */
export function pdfWords(pdf: Uint8Array): { width: number; height: number; words: PdfWord[] }[] {
  const dir = mkdtempSync(join(tmpdir(), 'redacta-pdf-'));
  try {
    const path = join(dir, 'read.pdf');
    writeFileSync(path, pdf);
    const xml = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    return xml
      .split('<page ')
      .slice(1)
      .map((page) => ({
        width: Number(/width="([\d.]+)"/.exec(page)?.[1]),
        height: Number(/height="([\d.]+)"/.exec(page)?.[1]),
        words: [...page.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((match) => ({
          xMin: Number(match[1]),
          yMin: Number(match[2]),
          xMax: Number(match[3]),
          yMax: Number(match[4]),
          text: match[5] ?? '',
        })),
      }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
