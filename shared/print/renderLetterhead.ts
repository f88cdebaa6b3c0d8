import type { LetterheadDefinition } from '../domain/letterhead';
import { escapeHtml } from './escapeHtml';

const lines = (items: readonly string[], className: string) =>
  items
    .filter((item) => item.trim())
    .map((item) => `<div class="${className}">${escapeHtml(item)}</div>`)
    .join('');

const images = (letterhead: LetterheadDefinition, position: 'left' | 'center' | 'right') =>
  letterhead.images
    .filter((image) => image.position === position)
    .map((image) => `<img class="lh-image" src="${image.src}" alt="${escapeHtml(image.alt)}" style="width:${image.widthMm}mm">`)
    .join('');

/** The letterhead printed at the top of every page: emblems, header lines, commemorative line, institution, motto. */
export function renderLetterheadHeader(letterhead: LetterheadDefinition): string {
  const motto = letterhead.motto.trim() ? `<div class="lh-motto">“${escapeHtml(letterhead.motto)}”</div>` : '';
  const institution = letterhead.institutionName.trim() ? `<div class="lh-institution">${escapeHtml(letterhead.institutionName)}</div>` : '';
  const commemorative = letterhead.commemorativeLine.trim() ? `<div class="lh-commemorative">${escapeHtml(letterhead.commemorativeLine)}</div>` : '';
  return `<header class="page-header">
<div class="lh-row"><div class="lh-left">${images(letterhead, 'left')}<div class="lh-lines">${lines(letterhead.headerLines, 'lh-line')}</div></div><div class="lh-center">${images(letterhead, 'center')}</div><div class="lh-right">${commemorative}${images(letterhead, 'right')}</div></div>
<div class="lh-name">${institution}${motto}</div>
</header>`;
}

/** The footer printed at the bottom of every page, with "page x of y" whose numbers the paginator fills in. */
export function renderLetterheadFooter(letterhead: LetterheadDefinition, pageLabel: string): string {
  const label = escapeHtml(pageLabel).replace('{x}', '<span class="page-x"></span>').replace('{y}', '<span class="page-y"></span>');
  return `<footer class="page-footer"><div class="lh-footer-lines">${lines(letterhead.footerLines, 'lh-footer-line')}</div><div class="page-number">${label}</div></footer>`;
}
