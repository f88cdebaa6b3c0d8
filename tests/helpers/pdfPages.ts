import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The text of each page of a PDF, as poppler's pdftotext reads it: one string per page, laid out as on the page, or
 * in content order (`raw`), which keeps rotated words such as the draft mark whole.
 */
export function pdfPages(pdf: Uint8Array | string, mode: 'layout' | 'raw' = 'layout'): string[] {
  const dir = typeof pdf === 'string' ? null : mkdtempSync(join(tmpdir(), 'redacta-pdf-'));
  const path = dir ? join(dir, 'read.pdf') : (pdf as string);
  try {
    if (dir) writeFileSync(path, pdf);
    const text = execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
