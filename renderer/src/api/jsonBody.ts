import { nextTask } from '../nextTask';
import { concatBytes } from '../../../shared/format/concatBytes';
import { type ByteRope, type Bytes, byteRope, ropeSlice } from './byteRope';
import { isFrozenJson } from '../../../shared/body/frozenJson';

/** Characters encoded per task: about a millisecond of UTF-8 encoding on a slow desk. */
const sliceChars = 65_536;

/** Containers this deep are written part by part, looking for frozen parts; deeper ones are written whole. */
const walkDepth = 6;

/** Arrays of frozen values this long (a body's blocks) are written as the last one was, but for what changed. */
const longArray = 64;

/** Whether a UTF-16 code unit is the first half of a character outside the BMP (an emoji). */
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

const encoder = new TextEncoder();
const [open, comma, close] = ['[', ',', ']'].map((text) => encoder.encode(text)) as [Bytes, Bytes, Bytes];

/** The UTF-8 bytes of each frozen JSON value written before: a long body's blocks that no edit touched. */
const encoded = new WeakMap<object, Bytes>();

/** The last long array of frozen values written, its JSON's bytes, and where each item's bytes end in them. */
let lastArray: { items: readonly unknown[]; json: ByteRope; ends: Uint32Array } | null = null;

/** A piece of the body: text to encode (and the frozen value it is the JSON of), bytes, or a long array of frozen values. */
type Piece = { text: string; of?: object } | { array: readonly object[] } | Bytes;

const isPlain = (value: object) => {
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null || Array.isArray(value)) && !('toJSON' in value);
};

/** `value` as the pieces of its JSON, exactly as `JSON.stringify` writes it; frozen values written before are bytes. */
function pieces(value: unknown, depth: number, out: Piece[]): void {
  if (typeof value !== 'object' || value === null || !isPlain(value)) {
    out.push({ text: JSON.stringify(value) ?? 'null' });
    return;
  }
  const known = encoded.get(value);
  if (known) return void out.push(known);
  if (isFrozenJson(value)) return void out.push({ text: JSON.stringify(value), of: value });
  if (depth >= walkDepth) return void out.push({ text: JSON.stringify(value) });
  if (Array.isArray(value)) {
    // By index, not forEach: a hole is written as null, as JSON.stringify does.
    const items: unknown[] = Array.from(value);
    if (items.length >= longArray && items.every(isFrozenJson)) return void out.push({ array: items as object[] });
    out.push({ text: '[' });
    items.forEach((item, index) => {
      if (index > 0) out.push({ text: ',' });
      if (isWalked(item)) pieces(item, depth + 1, out);
      else out.push({ text: JSON.stringify([item]).slice(1, -1) });
    });
    out.push({ text: ']' });
    return;
  }
  out.push({ text: '{' });
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    // What JSON.stringify writes of this member alone (nothing when it leaves it out; toJSON is told its key).
    const member = isWalked(item) ? `${JSON.stringify(key)}:` : JSON.stringify({ [key]: item }).slice(1, -1);
    if (!member) continue;
    out.push({ text: `${first ? '' : ','}${member}` });
    first = false;
    if (isWalked(item)) pieces(item, depth + 1, out);
  }
  out.push({ text: '}' });
}

/** Whether `item` is written here part by part (a plain object or array); anything else JSON.stringify writes. */
const isWalked = (item: unknown): item is object => typeof item === 'object' && item !== null && isPlain(item);

/** Encodes text as UTF-8, a slice per task once `slice` characters were encoded in this one. */
function slicedEncoder(slice: number) {
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
  return (text: string): Bytes | Promise<Bytes> => {
    if (text.length > budget) return encodeSliced(text);
    budget -= text.length;
    return encoder.encode(text);
  };
}

/**
 * A request body of `value` as JSON. A large one (a 300-page communiqué: 20 ms to write and 20 ms of UTF-8 encoding
 * in one piece) is encoded a slice per task, so typing is answered between the slices rather than after the whole;
 * and a frozen part written before (a block of the body no edit touched, see `freezeJson`) is not written again.
 */
export async function jsonBody(value: unknown, slice = sliceChars): Promise<Blob> {
  const found: Piece[] = [];
  pieces(value, 0, found);
  const encode = slicedEncoder(slice);
  const frozenBytes = async (item: object, text = JSON.stringify(item)): Promise<Bytes> => {
    const bytes = await encode(text);
    encoded.set(item, bytes);
    return bytes;
  };
  const parts: Bytes[] = [];
  let gathered = '';
  for (const piece of found) {
    if (!(piece instanceof Uint8Array) && 'text' in piece && !piece.of) {
      gathered += piece.text;
      continue;
    }
    if (gathered) parts.push(await encode(gathered));
    gathered = '';
    if (piece instanceof Uint8Array) parts.push(piece);
    else if ('array' in piece) parts.push(...(await arrayBytes(piece.array, (item) => encoded.get(item) ?? frozenBytes(item))));
    else parts.push(await frozenBytes(piece.of as object, piece.text));
  }
  if (gathered) parts.push(await encode(gathered));
  // A Blob of thousands of small parts costs the page far more than copying them into one; of a few, less than copying.
  return new Blob(parts.length > 64 ? [concatBytes(parts)] : parts, { type: 'application/json' });
}

/**
 * The JSON bytes of a long array of frozen values, in chunks: the items it shares at its start and its end with the
 * last such array are that one's bytes (views, not copies), and only the items between are looked at one by one.
 */
async function arrayBytes(items: readonly object[], itemBytes: (item: object) => Bytes | Promise<Bytes>): Promise<Bytes[]> {
  const last = lastArray ?? { items: [], json: byteRope([]), ends: new Uint32Array(0) };
  let head = 0;
  while (head < items.length && head < last.items.length && items[head] === last.items[head]) head += 1;
  let tail = 0;
  const room = Math.min(items.length, last.items.length) - head;
  while (tail < room && items[items.length - 1 - tail] === last.items[last.items.length - 1 - tail]) tail += 1;

  const chunks: Bytes[] = [open];
  const ends = new Uint32Array(items.length);
  let length = open.length;
  const add = (bytes: Bytes) => {
    chunks.push(bytes);
    length += bytes.length;
  };
  // The shared start: the same bytes at the same places.
  if (head > 0) {
    for (const view of ropeSlice(last.json, open.length, last.ends[head - 1] as number)) add(view);
    ends.set(last.ends.subarray(0, head));
  }
  for (let index = head; index < items.length - tail; index++) {
    if (index > 0) add(comma);
    add(await itemBytes(items[index] as object));
    ends[index] = length;
  }
  // The shared end: the same bytes, each item's end moved by how much the text before it grew or shrank.
  if (tail > 0) {
    if (items.length > tail) add(comma);
    const first = last.items.length - tail;
    const from = first === 0 ? open.length : (last.ends[first - 1] as number) + comma.length;
    const shift = length - from;
    for (const view of ropeSlice(last.json, from, last.ends[last.items.length - 1] as number)) add(view);
    for (let index = 0; index < tail; index++) ends[items.length - tail + index] = (last.ends[first + index] as number) + shift;
  }
  add(close);
  lastArray = { items: [...items], json: byteRope(chunks), ends };
  return chunks;
}
