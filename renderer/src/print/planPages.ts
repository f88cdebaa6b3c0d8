import type { BreakPoint, MeasuredBlock } from './measureBlocks';

/** A block, or the part of it between two cuts, placed on a page. */
export interface Piece {
  block: number;
  from?: BreakPoint | undefined;
  to?: BreakPoint | undefined;
}

/** Lines kept together at the bottom and top of a page when a paragraph is cut, if the page allows. */
const minimumLines = 2;
const tolerance = 0.5;

/**
 * Distributes measured blocks over pages `height` high. Pure arithmetic on the measurements: a block that does not
 * fit is cut at its last line (or row) that does, keeping two lines on each side when it can; what cannot be cut
 * goes whole to the next page. It pauses (yields) each time it has asked a block for its cut points, which may read
 * the layout, so a long text can be planned a few pages per task; it returns the pages.
 */
export function* planPages(blocks: readonly MeasuredBlock[], height: number): Generator<void, Piece[][], void> {
  const pages: Piece[][] = [];
  let page: Piece[] = [];
  let pageTop = 0;
  const newPage = () => {
    pages.push(page);
    page = [];
  };

  for (const [index, block] of blocks.entries()) {
    let from: BreakPoint | undefined;
    for (;;) {
      const start = from ? from.below : block.top;
      if (page.length === 0) pageTop = start;
      if (block.bottom - pageTop <= height + tolerance) {
        page.push({ block: index, from });
        break;
      }
      const remaining = block.breaks.filter((point) => point.below > start + tolerance);
      yield;
      const fits = remaining.filter((point) => point.above - pageTop <= height + tolerance);
      const cut = preferred(fits, remaining) ?? (page.length === 0 ? (fits.at(-1) ?? remaining[0]) : undefined);
      if (cut) {
        page.push({ block: index, from, to: cut });
        newPage();
        from = cut;
        continue;
      }
      if (page.length > 0) {
        newPage();
        continue;
      }
      page.push({ block: index, from }); // taller than a page and cannot be cut: the CSS keeps images within the page
      break;
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The lowest cut that leaves at least two lines above it (on this page) and two below (on the next). */
function preferred(fits: BreakPoint[], remaining: BreakPoint[]): BreakPoint | undefined {
  for (let i = fits.length - 1; i >= 0; i -= 1) {
    const linesAbove = i + 1;
    const linesBelow = remaining.length - i;
    if (linesAbove >= minimumLines && linesBelow >= minimumLines) return fits[i];
  }
  return undefined;
}
