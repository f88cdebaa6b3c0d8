import type { LetterheadDefinition } from '../domain/letterhead';
import { escapeHtml } from './escapeHtml';
import { pageGeometry } from './pageGeometry';

/** The mark's largest size, and how wide one of its letters is (Montserrat bold capitals with its 0.12 em spacing). */
const largestPt = 54;
const emPerLetter = 0.86;
const slant = (32 * Math.PI) / 180;

/**
 * The draft mark laid across the page on one diagonal line: 54 pt, or smaller when the label is long (a translation's
 * "BORRADOR · DRAFT"), so the whole word stays within nine tenths of the page's width.
 */
export function renderDraftMark(label: string, letterhead: LetterheadDefinition): string {
  const lengthMm = (0.9 * pageGeometry(letterhead).widthMm) / Math.cos(slant);
  const fittedPt = (lengthMm / (Math.max([...label].length, 1) * emPerLetter)) * (72 / 25.4);
  const sizePt = Math.min(largestPt, Math.floor(fittedPt));
  return `<div class="draft-mark" aria-hidden="true" style="font-size: ${sizePt}pt">${escapeHtml(label)}</div>`;
}
