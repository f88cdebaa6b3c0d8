import type { LetterheadDefinition } from '../domain/letterhead';
import { pageGeometry } from './pageGeometry';
import { typeScale } from './typeScale';

/** A font file the page may use: bundled with the app, never taken from the machine. */
export interface FontFaceSource {
  family: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  url: string;
}

/** The bundled fonts as @font-face rules (kept apart: Chrome ignores @font-face inside a shadow root). */
export function fontFaceCss(fonts: readonly FontFaceSource[]): string {
  return fonts.map((font) => `@font-face{font-family:"${font.family}";font-weight:${font.weight};font-style:${font.style};src:url("${font.url}");}`).join('\n');
}

/**
 * The page's CSS: paper size, letterhead, footer, text. Used by the live preview and by the PDF printer, so both
 * lay out the same lines. Blocks have only bottom spacing (padding), so the paginator's arithmetic matches the layout.
 */
export function printCss(letterhead: LetterheadDefinition): string {
  const page = pageGeometry(letterhead);
  const { top, right, left } = page.margins;
  const { bodyLeading, blockGapMm, textColor, accentColor, title, summary, quote, list, table, figure, closing, header, footer, draftMark } = typeScale;
  return `@page { size: ${page.widthMm}mm ${page.heightMm}mm; margin: 0; }
.print-root { font-family: "${letterhead.font.family}", sans-serif; color: ${textColor}; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { position: relative; width: ${page.widthMm}mm; height: ${page.heightMm}mm; overflow: hidden; background: #fff; box-sizing: border-box; break-after: page; }
.page:last-child { break-after: auto; }
.page-body, .page-measure { width: ${page.contentWidthMm}mm; font-size: ${letterhead.font.sizePt}pt; line-height: ${bodyLeading}; }
.page-body { position: absolute; top: ${top}mm; left: ${left}mm; height: ${page.contentHeightMm}mm; overflow: hidden; }
.page-measure { position: absolute; top: 0; left: 0; visibility: hidden; }
.page-body > *, .page-measure > * { margin-top: 0; margin-bottom: 0; padding-bottom: ${blockGapMm}mm; }
.page-body > .continues, .page-measure > .continues { padding-bottom: 0; }
.page-header { position: absolute; top: ${header.fromEdgeMm}mm; left: ${left}mm; right: ${right}mm; height: ${Math.max(top - 12, 10)}mm; font-size: ${header.sizePt}pt; line-height: ${header.leading}; }
.lh-row { display: flex; justify-content: space-between; align-items: flex-start; gap: 4mm; }
.lh-left, .lh-right { display: flex; align-items: center; gap: 2.5mm; }
.lh-right { text-align: right; }
.lh-image { display: block; height: auto; max-height: ${Math.max(top - 22, 8)}mm; object-fit: contain; }
.lh-line:first-child { font-weight: 700; letter-spacing: 0.06em; }
.lh-line { letter-spacing: 0.03em; }
.lh-commemorative { font-weight: 700; letter-spacing: 0.05em; color: ${accentColor}; max-width: 55mm; }
.lh-name { text-align: center; margin-top: ${header.nameGapMm}mm; }
.lh-institution { font-size: ${header.institutionPt}pt; font-weight: 700; color: ${accentColor}; }
.lh-motto { font-size: ${header.mottoPt}pt; font-style: italic; }
.page-footer { position: absolute; left: ${left}mm; right: ${right}mm; bottom: ${footer.fromEdgeMm}mm; font-size: ${footer.sizePt}pt; line-height: ${footer.leading}; color: ${footer.color}; display: flex; align-items: flex-end; gap: 4mm; border-top: ${footer.ruleMm}mm solid ${accentColor}; padding-top: ${footer.ruleGapMm}mm; }
.lh-footer-lines { flex: 1; text-align: center; }
.page-number { white-space: nowrap; font-size: ${footer.pageNumberPt}pt; }
.draft-mark { position: absolute; top: 45%; left: -50%; right: -50%; white-space: nowrap; text-align: center; font-size: ${draftMark.sizePt}pt; font-weight: 700; letter-spacing: ${draftMark.letterSpacingEm}em; color: ${rgba(draftMark.color, draftMark.pdfOpacity)}; transform: rotate(-${draftMark.slantDeg}deg); pointer-events: none; }
.doc-heading { display: flex; justify-content: space-between; flex-wrap: wrap; gap: 0 6mm; }
.doc-number { font-weight: 700; }
.doc-dateline { margin-left: auto; }
.doc-title { font-size: ${title.scale}em; line-height: ${title.leading}; font-weight: 700; text-align: center; }
.doc-summary { padding-left: ${summary.indentMm}mm; list-style: none; font-style: italic; }
.doc-summary li { position: relative; margin-bottom: ${summary.itemGapMm}mm; }
.doc-summary li::before { content: "–"; position: absolute; left: -${summary.markerHangMm}mm; }
.body-p { text-align: justify; }
.body-quote { margin-left: 0; margin-right: ${quote.rightMm}mm; padding-left: ${quote.indentMm}mm; border-left: ${quote.barMm}mm solid ${accentColor}; font-style: italic; }
.body-quote > p, .body-list p { margin: 0; }
.body-list { padding-left: ${list.indentMm}mm; }
.body-list li.continued { list-style-type: none; }
.body-table { border-collapse: collapse; width: 100%; font-size: ${table.scale}em; }
.body-table th, .body-table td { border: ${table.ruleMm}mm solid ${table.ruleColor}; padding: ${table.cellPaddingMm.vertical}mm ${table.cellPaddingMm.horizontal}mm; vertical-align: top; text-align: left; }
.body-table th { background: ${table.headerFill}; }
.body-table p { margin: 0; }
.body-figure { text-align: center; }
.body-figure img { max-width: 100%; max-height: ${Math.round(page.contentHeightMm * figure.maxHeightShare)}mm; }
.body-figure figcaption { font-size: ${figure.caption.scale}em; font-style: italic; margin-top: ${figure.caption.gapBeforeMm}mm; }
.doc-closing { text-align: center; font-weight: 700; padding-top: ${closing.gapBeforeMm}mm; }
a { color: inherit; }
`;
}

/** A `#rrggbb` colour at an opacity, as CSS writes it. */
function rgba(color: string, opacity: number): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${opacity})`;
}
