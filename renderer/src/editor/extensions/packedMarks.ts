import type { Mapping } from '@tiptap/pm/transform';

/**
 * Marks as three numbers each (from, to, label), sorted by start, in one typed array: thousands of them cost one
 * allocation, cross from the worker without copying, and map through edits without making objects.
 */
export type PackedMarks = Int32Array;

/** The first mark starting at or after `position`, as a mark index. */
export function firstFrom(marks: PackedMarks, position: number): number {
  let low = 0;
  let high = marks.length / 3;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((marks[middle * 3] ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Marks packed from objects, sorted by start. */
export function pack(marks: readonly { from: number; to: number; label: number }[]): PackedMarks {
  const sorted = [...marks].sort((a, b) => a.from - b.from);
  const packed = new Int32Array(sorted.length * 3);
  for (const [index, mark] of sorted.entries()) packed.set([mark.from, mark.to, mark.label], index * 3);
  return packed;
}

/** A mark at current positions, with its label's index. */
export interface CurrentMark {
  from: number;
  to: number;
  label: number;
}

/**
 * The marks touching `from`–`to` (positions of the current document), brought through the edits made since they were
 * set (`pending`); only the marks near the range are mapped, however many there are. A mark whose text was deleted goes.
 */
export function marksWithin(marks: PackedMarks, pending: Mapping, from: number, to: number): CurrentMark[] {
  const back = pending.maps.length > 0 ? pending.invert() : null;
  // Where the range was when the marks were set; a long word may start a little before it.
  const start = (back ? back.map(from, -1) : from) - 64;
  const end = back ? back.map(to, 1) : to;
  const found: CurrentMark[] = [];
  for (let at = firstFrom(marks, start) * 3; at < marks.length; at += 3) {
    const setFrom = marks[at] ?? 0;
    if (setFrom > end) break;
    const markFrom = back ? pending.map(setFrom, 1) : setFrom;
    const markTo = back ? pending.map(marks[at + 1] ?? 0, -1) : (marks[at + 1] ?? 0);
    if (markFrom < markTo && markTo >= from && markFrom <= to) found.push({ from: markFrom, to: markTo, label: marks[at + 2] ?? 0 });
  }
  return found;
}
