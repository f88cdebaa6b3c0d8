import { describe, expect, it } from 'vitest';
import type { BreakPoint, MeasuredBlock } from '../../../renderer/src/print/measureBlocks';
import { planPages } from '../../../renderer/src/print/planPages';

/** A block of `lines` lines of 10 px from `top`, counting how often its cut points are asked for. */
function block(top: number, lines: number, asked: { count: number }): MeasuredBlock {
  const breaks: BreakPoint[] = Array.from({ length: lines - 1 }, (_, i) => ({
    above: top + (i + 1) * 10,
    below: top + (i + 1) * 10,
    locate: () => {
      throw new Error('not located in planning');
    },
  }));
  return {
    element: {} as HTMLElement,
    top,
    bottom: top + lines * 10,
    get breaks() {
      asked.count += 1;
      return breaks;
    },
  };
}

describe('planning a long text’s pages a step at a time', () => {
  it('pauses only after asking a block that crosses a page end for its cut points, and plans as in one go', () => {
    const asked = { count: 0 };
    // Ten blocks of 6 lines on pages 100 px high: every page end falls inside a block.
    const blocks = Array.from({ length: 10 }, (_, i) => block(i * 60, 6, asked));
    const steps = planPages(blocks, 100);
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses += 1;
      next = steps.next();
    }
    const pages = next.value;
    expect(pages).toHaveLength(6);
    expect(pauses).toBe(asked.count);
    // Only the blocks cut across a page end were asked, not every block.
    expect(asked.count).toBeLessThan(blocks.length);
    expect(pages[0]?.map((piece) => piece.block)).toEqual([0, 1]);
    expect(pages[0]?.[1]?.to?.above).toBe(100);
    expect(
      pages
        .flat()
        .filter((piece) => piece.to === undefined)
        .map((piece) => piece.block),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
