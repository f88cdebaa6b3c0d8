import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tempDir';

/** Keeps a PDF and each of its pages as a PNG under test-results/pages (the run's artifacts, to look at); returns the PNGs. */
export function keepPageImages(pdfPath: string, name: string): string[] {
  const dir = join(import.meta.dirname, '..', '..', 'test-results', 'pages');
  mkdirSync(dir, { recursive: true });
  const mine = (file: string) => file.startsWith(`${name}-`) && /^\d+\.png$/.test(file.slice(name.length + 1));
  for (const file of readdirSync(dir).filter(mine)) rmSync(join(dir, file));
  copyFileSync(pdfPath, join(dir, `${name}.pdf`));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(dir, name)]);
  return readdirSync(dir)
    .filter(mine)
    .sort()
    .map((file) => join(dir, file));
}

/** Each page's pixels as RGB triples at a low resolution (poppler's PPM output, read directly). */
export function pagePixels(pdfPath: string, dpi = 20): Uint8Array[] {
  const dir = tempDir();
  execFileSync('pdftoppm', ['-r', String(dpi), pdfPath, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ppm'))
    .sort()
    .map((file) => {
      const data = readFileSync(join(dir, file));
      // P6 header: magic, width, height, maxval, each followed by one whitespace byte.
      const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
      if (!header) throw new Error(`not a PPM: ${file}`);
      return new Uint8Array(data.subarray(header[0].length));
    });
}
