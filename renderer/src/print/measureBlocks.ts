import { textNodes } from './textNodes';
/** Where a block may be cut: between two lines of text, or before a table row. */
export interface BreakPoint {
  /** Bottom of what stays above the cut. */
  above: number;
  /** Top of what moves below the cut. */
  below: number;
  /** Finds the DOM position of the cut; reads layout only, so call it before changing the DOM. */
  locate(): SplitPoint;
}

/** A DOM position to split a block at. */
export type SplitPoint = { kind: 'before'; node: Node } | { kind: 'text'; node: Text; offset: number };

/** One block's place in the measured flow. */
export interface MeasuredBlock {
  element: HTMLElement;
  top: number;
  /** Bottom of its content, without the spacing below it. */
  bottom: number;
  /** Where it may be cut; read from the layout only for blocks that reach a page's end. */
  readonly breaks: BreakPoint[];
}

/** Cut points found earlier, by block: still true while the block is the same element at the same place. */
export type KnownBreaks = WeakMap<HTMLElement, { top: number; breaks: BreakPoint[] }>;

/** Blocks measured between two pauses of `measureBlocks`. */
const measuredPerStep = 512;

/**
 * Measures every block of a laid-out flow: positions relative to the flow's top, and where each may be cut (taken from
 * `known` for a block that has not changed or moved, so a long text's cut points are not read again). It pauses
 * (yields) every few hundred blocks, so a long text can be measured over several tasks; it returns the blocks.
 */
export function* measureBlocks(flow: HTMLElement, known?: KnownBreaks): Generator<void, MeasuredBlock[], void> {
  // The flow's top now: cut points are read, and located, against it when asked (the page may scroll in between).
  const originNow = () => flow.getBoundingClientRect().top;
  let origin = originNow();
  // The spacing below a block depends on its kind only: asked once per kind, not once per block.
  const paddings = new Map<string, number>();
  const blocks: MeasuredBlock[] = [];
  for (const child of [...flow.children]) {
    if (blocks.length > 0 && blocks.length % measuredPerStep === 0) {
      yield;
      origin = originNow();
    }
    const element = child as HTMLElement;
    const rect = element.getBoundingClientRect();
    const kind = `${element.tagName}.${element.className}`;
    const padding = paddings.get(kind) ?? (parseFloat(getComputedStyle(element).paddingBottom) || 0);
    paddings.set(kind, padding);
    const top = rect.top - origin;
    const bottom = rect.bottom - origin - padding;
    let breaks: BreakPoint[] | undefined;
    blocks.push({
      element,
      top,
      bottom,
      get breaks() {
        if (breaks) return breaks;
        const before = known?.get(element);
        breaks = before && before.top === top ? before.breaks : breakPoints(element, originNow);
        known?.set(element, { top, breaks });
        return breaks;
      },
    });
  }
  return blocks;
}

function breakPoints(element: HTMLElement, originNow: () => number): BreakPoint[] {
  if (element.tagName === 'TABLE') return rowBreaks(element, originNow());
  if (element.tagName === 'FIGURE' || element.classList.contains('doc-heading')) return [];
  return lineBreaks(element, originNow);
}

/** Cuts between table rows (never inside a row). */
function rowBreaks(table: HTMLElement, origin: number): BreakPoint[] {
  const rows = [...table.querySelectorAll('tr')];
  return rows.slice(1).map((row, index) => {
    const previous = rows[index] as HTMLTableRowElement;
    return {
      above: previous.getBoundingClientRect().bottom - origin,
      below: row.getBoundingClientRect().top - origin,
      locate: () => ({ kind: 'before', node: row }),
    };
  });
}

interface Line {
  top: number;
  bottom: number;
}

/** Cuts between lines of text, found from the line boxes of every text node in the block. */
function lineBreaks(element: HTMLElement, originNow: () => number): BreakPoint[] {
  const origin = originNow();
  const texts = textNodes(element);
  const range = element.ownerDocument.createRange();
  const lines: Line[] = [];
  for (const text of texts) {
    range.selectNodeContents(text);
    for (const rect of range.getClientRects()) {
      if (rect.height === 0) continue;
      const line = { top: rect.top - origin, bottom: rect.bottom - origin };
      const same = lines.find((known) => Math.min(known.bottom, line.bottom) - Math.max(known.top, line.top) > (line.bottom - line.top) / 2);
      if (same) {
        same.top = Math.min(same.top, line.top);
        same.bottom = Math.max(same.bottom, line.bottom);
      } else lines.push(line);
    }
  }
  lines.sort((a, b) => a.top - b.top);
  return lines.slice(1).map((line, index) => ({
    above: (lines[index] as Line).bottom,
    below: line.top,
    locate: () => firstCharacterAtOrBelow(texts, line.top + originNow() - 0.5),
  }));
}

/** The first character (in reading order) whose box starts at or below `y`: the start of the line to cut before. */
function firstCharacterAtOrBelow(texts: Text[], y: number): SplitPoint {
  const range = texts[0]?.ownerDocument.createRange();
  const positions: [Text, number][] = [];
  for (const text of texts) for (let offset = 0; offset < text.data.length; offset += 1) positions.push([text, offset]);
  const topOf = ([text, offset]: [Text, number]) => {
    range?.setStart(text, offset);
    range?.setEnd(text, offset + 1);
    const rects = range?.getClientRects();
    const rect = rects && rects.length > 0 ? rects[rects.length - 1] : undefined;
    return rect ? rect.top : Number.NEGATIVE_INFINITY;
  };
  let low = 0;
  let high = positions.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (topOf(positions[middle] as [Text, number]) >= y) high = middle;
    else low = middle + 1;
  }
  const [node, offset] = positions[low] as [Text, number];
  return { kind: 'text', node, offset };
}
