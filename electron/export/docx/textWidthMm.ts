import opentype from 'opentype.js';
import type { LetterheadDefinition } from '../../../shared/domain/letterhead';
import { embeddedFont } from './docxFonts';

type Family = LetterheadDefinition['font']['family'];
const parsed = new Map<string, opentype.Font>();

/** The face's metrics, read once per process from the same file the Word document embeds. */
function face(family: Family, bold: boolean): opentype.Font {
  const key = `${family}/${bold ? 'bold' : 'regular'}`;
  const cached = parsed.get(key);
  if (cached) return cached;
  const data = bold ? embeddedFont(family).bold : embeddedFont(family).data;
  const font = opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
  parsed.set(key, font);
  return font;
}

/** How wide a text is set in a bundled face, kerned, as the PDF's browser measures it (millimetres). */
export function textWidthMm(family: Family, text: string, sizePt: number, bold: boolean): number {
  return (face(family, bold).getAdvanceWidth(text, sizePt, { kerning: true }) * 25.4) / 72;
}
