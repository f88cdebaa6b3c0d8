/**
 * The page's one type scale: sizes (as a multiple of the letterhead's body size, or in points), leading (line height
 * as a multiple of the size), gaps and rules in millimetres, and colours. The print CSS (preview and PDF) and the DOCX
 * styles both read it, so the two papers cannot drift apart (docs/ARCHITECTURE.md, "The body").
 */
export const typeScale = {
  /** Body text: leading, and the gap every block leaves below it. */
  bodyLeading: 1.45,
  blockGapMm: 3.2,
  textColor: '#111111',
  accentColor: '#6c1d45',
  title: { scale: 1.3, leading: 1.3 },
  summary: { indentMm: 6, markerHangMm: 4.5, itemGapMm: 1 },
  /** A quote's right margin is the browser's 40 px, kept in Word too. */
  quote: { indentMm: 6, barMm: 0.8, rightMm: (40 * 25.4) / 96 },
  list: { indentMm: 7, markerHangMm: 5 },
  table: { scale: 0.92, cellPaddingMm: { vertical: 1, horizontal: 1.6 }, ruleMm: 0.3, ruleColor: '#777777', headerFill: '#f1e9ed' },
  figure: { maxHeightShare: 0.8, caption: { scale: 0.85, gapBeforeMm: 1 } },
  closing: { gapBeforeMm: 2 },
  /** The letterhead over every page: its distance from the paper's edge, its lines, the institution and the motto. */
  header: { fromEdgeMm: 8, sizePt: 7.5, leading: 1.25, institutionPt: 11, mottoPt: 8, nameGapMm: 2 },
  /** The footer under every page: distance from the edge, address lines, the page number, the rule above. */
  footer: { fromEdgeMm: 8, sizePt: 7, leading: 1.3, color: '#444444', pageNumberPt: 7.5, ruleMm: 0.3, ruleGapMm: 1.5 },
  /**
   * The draft mark across every page. Word's watermark shape is washed out further by Word and LibreOffice, so it
   * takes a higher opacity to look as faint as the PDF's.
   */
  draftMark: { sizePt: 54, slantDeg: 32, letterSpacingEm: 0.12, color: '#a11d2b', pdfOpacity: 0.16, wordOpacity: 0.25 },
} as const;
