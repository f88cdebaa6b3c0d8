/** A run of top-level blocks, by index, both ends included. */
export interface BlockSpan {
  first: number;
  last: number;
}

/** Blocks shown at the start before the screen has been looked at (more than a screen of short paragraphs). */
const firstScreen = 60;

/** Gaps narrower than this are shown too: a spacer for a block or two saves nothing. */
const narrowGap = 4;

/**
 * The blocks a long body shows, sorted and apart: `around` blocks and one at each end of the body (Ctrl+Home and
 * Ctrl+End then show nothing new: the first jump in 1 MB took 35 ms laying out the blocks around the caret in the key's
 * task), those seen on screen, and `around` blocks either side of each end of the selection.
 */
export function blocksShown(count: number, seen: BlockSpan | null, ends: readonly number[], around: number): BlockSpan[] {
  const wanted = [
    { first: 0, last: around },
    { first: count - 1 - around, last: count - 1 },
    seen ?? { first: 0, last: firstScreen },
    ...ends.map((end) => ({ first: end - around, last: end + around })),
  ];
  const spans: BlockSpan[] = [];
  for (const span of wanted
    .map(({ first, last }) => ({ first: Math.max(0, first), last: Math.min(count - 1, last) }))
    .filter(({ first, last }) => first <= last)
    .sort((a, b) => a.first - b.first)) {
    const previous = spans.at(-1);
    if (previous && span.first <= previous.last + narrowGap) previous.last = Math.max(previous.last, span.last);
    else spans.push({ ...span });
  }
  return spans;
}

/** Whether blocks `first`..`last` (clamped to the body) are all shown. */
export function covers(spans: readonly BlockSpan[], first: number, last: number): boolean {
  const end = spans.at(-1)?.last ?? -1;
  const from = Math.max(0, first);
  const to = Math.min(end, last);
  return spans.some((span) => span.first <= from && to <= span.last);
}

export const sameSpans = (a: readonly BlockSpan[], b: readonly BlockSpan[]) =>
  a.length === b.length && a.every((span, index) => span.first === b[index]?.first && span.last === b[index]?.last);

/** The runs of blocks outside `shown`, in order. */
export function hiddenRuns(shown: readonly BlockSpan[], count: number): BlockSpan[] {
  if (shown.length === 0) return [];
  const runs: BlockSpan[] = [];
  let next = 0;
  for (const span of shown) {
    if (span.first > next) runs.push({ first: next, last: span.first - 1 });
    next = span.last + 1;
  }
  if (next < count) runs.push({ first: next, last: count - 1 });
  return runs;
}
