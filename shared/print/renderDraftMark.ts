import type { LetterheadDefinition } from '../domain/letterhead';
import { escapeHtml } from './escapeHtml';
import { pageGeometry } from './pageGeometry';
import { typeScale } from './typeScale';

/** How wide one of the mark's letters is (Montserrat bold capitals with the type scale's letter spacing). */
const emPerLetter = 0.86;
const slant = (typeScale.draftMark.slantDeg * Math.PI) / 180;

/**
 * The draft mark laid across the page on one diagonal line: the type scale's size, or smaller when the label is long (a translation's
 * "BORRADOR · DRAFT"), so the whole word stays within nine tenths of the page's width.
 */
export function renderDraftMark(label: string, letterhead: LetterheadDefinition): string {
  const lengthMm = (0.9 * pageGeometry(letterhead).widthMm) / Math.cos(slant);
  const fittedPt = (lengthMm / (Math.max([...label].length, 1) * emPerLetter)) * (72 / 25.4);
  const sizePt = Math.min(typeScale.draftMark.sizePt, Math.floor(fittedPt));
  return `<div class="draft-mark" aria-hidden="true" style="font-size: ${sizePt}pt">${escapeHtml(label)}</div>`;
}
