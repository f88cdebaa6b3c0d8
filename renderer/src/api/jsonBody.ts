import { nextTask } from '../nextTask';
import { isFrozenJson } from './frozenJson';

/** Characters encoded per task: about a millisecond of UTF-8 encoding on a slow desk. */
const sliceChars = 65_536;

/** Containers this deep are written part by part, looking for frozen parts; deeper ones are written whole. */
const walkDepth = 6;

/** Whether a UTF-16 code unit is the first half of a character outside the BMP (an emoji). */
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/** UTF-8 bytes, as `TextEncoder` makes them. */
type Bytes = Uint8Array<ArrayBuffer>;

/** The UTF-8 bytes of each frozen JSON value written before: a long body's blocks that no edit touched. */
const encoded = new WeakMap<object, Bytes>();

/** A piece of the body: text still to encode (and the frozen value it is the JSON of, to keep its bytes), or bytes. */
type Piece = { text: string; of?: object } | Bytes;

const isPlain = (value: object) => {
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null || Array.isArray(value)) && !('toJSON' in value);
};

/** `value` as JSON text and bytes, exactly as `JSON.stringify` writes it; frozen values already written reuse their bytes. */
function pieces(value: unknown, depth: number, out: Piece[]): void {
  if (typeof value !== 'object' || value === null || !isPlain(value)) {
    out.push({ text: JSON.stringify(value) ?? 'null' });
    return;
  }
  const known = encoded.get(value);
  if (known) return void out.push(known);
  if (isFrozenJson(value)) return void out.push({ text: JSON.stringify(value), of: value });
  if (depth >= walkDepth) return void out.push({ text: JSON.stringify(value) });
  const skipped = (item: unknown) => item === undefined || typeof item === 'function' || typeof item === 'symbol';
  if (Array.isArray(value)) {
    out.push({ text: '[' });
    value.forEach((item: unknown, index) => {
      if (index > 0) out.push({ text: ',' });
      if (skipped(item)) out.push({ text: 'null' });
      else pieces(item, depth + 1, out);
    });
    out.push({ text: ']' });
    return;
  }
  out.push({ text: '{' });
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (skipped(item)) continue;
    out.push({ text: `${first ? '' : ','}${JSON.stringify(key)}:` });
    first = false;
    pieces(item, depth + 1, out);
  }
  out.push({ text: '}' });
}

/**
 * A request body of `value` as JSON. A large one (a 300-page communiqué: 20 ms to write and 20 ms of UTF-8 encoding
 * in one piece) is encoded a slice per task, so typing is answered between the slices rather than after the whole;
 * and a frozen part written before (a block of the body no edit touched, see `frozenJsonCopy`) is not written again.
 */
export async function jsonBody(value: unknown, slice = sliceChars): Promise<Blob> {
  const found: Piece[] = [];
  pieces(value, 0, found);
  const encoder = new TextEncoder();
  // Characters this task may still encode before it yields.
  let budget = slice;
  const encodeSliced = async (text: string): Promise<Bytes> => {
    const out = new Uint8Array(text.length * 3);
    let written = 0;
    for (let start = 0; start < text.length; ) {
      if (budget <= 0) {
        await nextTask();
        budget = slice;
      }
      // At least two units, so that stepping back off the first half of a character still moves on.
      let end = Math.min(text.length, start + Math.max(2, budget));
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      written += encoder.encodeInto(text.slice(start, end), out.subarray(written)).written;
      budget -= end - start;
      start = end;
    }
    return out.slice(0, written);
  };
  // Awaits only when the text is longer than what this task may still encode: most pieces are encoded at once.
  const encode = async (text: string): Promise<Bytes> => {
    if (text.length > budget) return encodeSliced(text);
    budget -= text.length;
    return encoder.encode(text);
  };
  const encodeNow = (text: string): Bytes | null => {
    if (text.length > budget) return null;
    budget -= text.length;
    return encoder.encode(text);
  };
  const parts: Bytes[] = [];
  let gathered = '';
  for (const piece of found) {
    if (!(piece instanceof Uint8Array) && !piece.of) {
      gathered += piece.text;
      continue;
    }
    if (gathered) parts.push(encodeNow(gathered) ?? (await encode(gathered)));
    gathered = '';
    if (piece instanceof Uint8Array) parts.push(piece);
    else {
      const bytes = encodeNow(piece.text) ?? (await encode(piece.text));
      encoded.set(piece.of as object, bytes);
      parts.push(bytes);
    }
  }
  if (gathered) parts.push(await encode(gathered));
  // One part: a Blob of thousands of small parts costs the page far more than copying them into one.
  const whole = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return new Blob([whole], { type: 'application/json' });
}
