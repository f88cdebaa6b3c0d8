import { concatBytes } from '../../../shared/format/concatBytes';

/** UTF-8 bytes, as `TextEncoder` makes them. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** Bytes held as the pieces they came in (never copied into one), each with where it starts. */
export interface ByteRope {
  chunks: readonly Bytes[];
  starts: readonly number[];
  length: number;
}

/** Pieces beyond which a rope is copied into one: copying once beats slicing across hundreds of pieces each time. */
const mostChunks = 64;

/** A rope of `chunks`, in one piece if they are many. */
export function byteRope(chunks: readonly Bytes[]): ByteRope {
  const pieces = chunks.length > mostChunks ? [concatBytes(chunks)] : chunks;
  const starts: number[] = [];
  let length = 0;
  for (const chunk of pieces) {
    starts.push(length);
    length += chunk.length;
  }
  return { chunks: pieces, starts, length };
}

/** The bytes from `from` to `to` of a rope, as views of its pieces. */
export function ropeSlice(rope: ByteRope, from: number, to: number): Bytes[] {
  const views: Bytes[] = [];
  // The last piece starting at or before `from`, found by halving.
  let low = 0;
  let high = rope.chunks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((rope.starts[middle] as number) <= from) low = middle;
    else high = middle - 1;
  }
  for (let index = low; index < rope.chunks.length && (rope.starts[index] as number) < to; index++) {
    const chunk = rope.chunks[index] as Bytes;
    const start = rope.starts[index] as number;
    const view = chunk.subarray(Math.max(0, from - start), Math.min(chunk.length, to - start));
    if (view.length > 0) views.push(view);
  }
  return views;
}
