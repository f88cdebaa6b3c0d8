import type { LetterheadDefinition } from '../domain/letterhead';

/** Paper sizes in millimetres. */
export const paperSizesMm = {
  letter: { width: 215.9, height: 279.4 },
  a4: { width: 210, height: 297 },
} as const;

/** CSS pixels per millimetre (96 px per inch). */
export const pxPerMm = 96 / 25.4;

/** Where text may go on a page: the paper less the letterhead's margins. */
export interface PageGeometry {
  widthMm: number;
  heightMm: number;
  margins: { top: number; right: number; bottom: number; left: number };
  contentWidthMm: number;
  contentHeightMm: number;
}

/** The page a letterhead prints on. */
export function pageGeometry(letterhead: LetterheadDefinition): PageGeometry {
  const paper = paperSizesMm[letterhead.pageSize];
  const margins = letterhead.marginsMm;
  return {
    widthMm: paper.width,
    heightMm: paper.height,
    margins,
    contentWidthMm: paper.width - margins.left - margins.right,
    contentHeightMm: paper.height - margins.top - margins.bottom,
  };
}
