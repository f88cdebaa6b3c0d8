import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bundledFontFiles } from '../../../shared/print/bundledFonts';
import type { LetterheadDefinition } from '../../../shared/domain/letterhead';

const require = createRequire(import.meta.url);
const loaded = new Map<string, { name: string; data: Buffer; bold: Buffer; italic: Buffer; boldItalic: Buffer }>();

/** Stand-ins docx embeds in place of the faces (`embedFonts` then puts the real ones in, prepared once). */
export function placeholderFont(family: LetterheadDefinition['font']['family']) {
  const blank = Buffer.alloc(64);
  return { name: family, data: blank, bold: blank, italic: blank, boldItalic: blank };
}

/** The page font's four faces, to embed in the DOCX so Word shows the paper's letters on any machine (read once). */
export function embeddedFont(family: LetterheadDefinition['font']['family']) {
  const cached = loaded.get(family);
  if (cached) return cached;
  const files = bundledFontFiles[family];
  const read = (path: string) => readFileSync(require.resolve(path));
  const font = { name: family, data: read(files.regular), bold: read(files.bold), italic: read(files.italic), boldItalic: read(files.boldItalic) };
  loaded.set(family, font);
  return font;
}

/** Where a bundled face's file is, for renderers that take font files by path (the SVG rasteriser). */
export function fontFilePath(family: LetterheadDefinition['font']['family'], face: 'regular' | 'bold'): string {
  return require.resolve(bundledFontFiles[family][face]);
}
