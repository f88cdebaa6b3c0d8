import { nextTask } from '../nextTask';

/** Characters encoded per task: about a millisecond of UTF-8 encoding on a slow desk. */
const sliceChars = 65_536;

/** Whether a UTF-16 code unit is the first half of a character outside the BMP (an emoji). */
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/**
 * A request body of `value` as JSON. A large one (a 300-page communiqué: 20 ms of UTF-8 encoding in one piece) is
 * encoded a slice per task, so typing is answered between the slices rather than after the whole.
 */
export async function jsonBody(value: unknown, slice = sliceChars): Promise<Blob> {
  const text = JSON.stringify(value);
  if (text.length <= slice) return new Blob([text], { type: 'application/json' });
  const encoder = new TextEncoder();
  const parts: BlobPart[] = [];
  for (let start = 0; start < text.length; ) {
    await nextTask();
    let end = Math.min(text.length, start + slice);
    // Never between the two halves of one character: each half alone would be encoded as U+FFFD.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    parts.push(encoder.encode(text.slice(start, end)));
    start = end;
  }
  return new Blob(parts, { type: 'application/json' });
}
