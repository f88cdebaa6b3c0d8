import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tempDir';

/**
 * The text of each page of a PDF, as poppler's pdftotext reads it: one string per page, laid out as on the page, or
 * in content order (`raw`), which keeps rotated words such as the draft mark whole.
 */
export function pdfPages(pdf: Uint8Array | string, mode: 'layout' | 'raw' = 'layout'): string[] {
  const path = typeof pdf === 'string' ? pdf : join(tempDir(), 'read.pdf');
  if (typeof pdf !== 'string') writeFileSync(path, pdf);
  const text = execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}
