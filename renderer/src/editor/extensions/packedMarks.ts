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

/** The marks through a mapping (edits since they were made); a mark whose text was deleted goes. */
export function mapPacked(marks: PackedMarks, mapping: Mapping): PackedMarks {
  const mapped = new Int32Array(marks.length);
  let kept = 0;
  for (let at = 0; at < marks.length; at += 3) {
    const from = mapping.map(marks[at] ?? 0, 1);
    const to = mapping.map(marks[at + 1] ?? 0, -1);
    if (from >= to) continue;
    mapped[kept] = from;
    mapped[kept + 1] = to;
    mapped[kept + 2] = marks[at + 2] ?? 0;
    kept += 3;
  }
  return mapped.slice(0, kept);
}
