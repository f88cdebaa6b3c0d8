import { describe, expect, it } from 'vitest';
import { frozenJsonCopy } from '../../../shared/body/frozenJson';
import { jsonBody } from '../../../renderer/src/api/jsonBody';

/** What the server reads: the body's bytes decoded as UTF-8, strictly (a broken character throws). */
async function received(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { fatal: true }).decode(await blob.arrayBuffer());
}

describe('a request body sent in slices', () => {
  it('is the same JSON the server would read from a body sent whole, with accents and emoji cut at every slice edge', async () => {
    // Slices of 7 characters: emoji (two UTF-16 halves) land on every possible edge of a slice.
    const value = { input: { title: 'Niño: «año» 😀 por 🇲🇽, señal 𝒜', body: Array.from({ length: 40 }, (_, i) => `párrafo ${i} 🎉🎉 ${'é'.repeat(i % 5)}`) } };
    for (const slice of [5, 6, 7, 8, 13]) {
      const blob = await jsonBody(value, slice);
      expect(JSON.parse(await received(blob))).toEqual(value);
      expect(blob.type).toBe('application/json');
      expect(blob.size).toBe(new TextEncoder().encode(JSON.stringify(value)).length);
    }
  });

  it('sends a small body whole, as JSON', async () => {
    const blob = await jsonBody({ input: { id: 3 }, meta: { locale: 'es' } });
    expect(await received(blob)).toBe('{"input":{"id":3},"meta":{"locale":"es"}}');
    expect(blob.type).toBe('application/json');
  });

  it('writes every value exactly as JSON.stringify does: left-out fields, holes, dates, deep nesting, odd keys', async () => {
    const deep = { a: { b: { c: { d: { e: { f: { g: { h: [1, { i: 'ñ' }] } } } } } } } };
    const value = {
      input: { id: 7, gone: undefined, run: () => 1, list: [1, undefined, () => 2, null, Number.NaN, -0, 1e21], when: new Date(Date.UTC(2026, 11, 4)) },
      'clave "rara"\n': 'valor\u2028con\u0000control',
      deep,
      nothing: Object.assign(Object.create(null) as object, { x: 1 }),
      custom: { toJSON: () => 'propio' },
      gone: { toJSON: () => undefined },
      // biome-ignore lint/suspicious/noSparseArray: a hole is what this checks
      holes: [1, , 3],
      empty: new Array(3),
      told: { key: { toJSON: (key: string) => `dicho ${key}` } },
    };
    for (const slice of [3, 64, 65_536]) expect(await received(await jsonBody(value, slice))).toBe(JSON.stringify(value));
  });

  it('sends a long body again as it is now, after any edit of its blocks, reusing what it wrote before', async () => {
    const block = (text: string) => frozenJsonCopy({ type: 'paragraph', content: [{ type: 'text', text }] });
    const blocks = Array.from({ length: 100 }, (_, i) => block(`Párrafo ${i} 😀 señal`));
    const request = (body: unknown[]) => ({ input: { id: 1, revision: 4, content: { title: 'T', body: { type: 'doc', content: body } } }, meta: {} });
    const edits: ((before: object[]) => object[])[] = [
      (before) => before.map((each, i) => (i === 37 ? block('Párrafo 37, corregido 🇲🇽') : each)),
      (before) => [...before, block('Nuevo al final')],
      (before) => [block('Nuevo al principio'), ...before],
      (before) => before.slice(1),
      (before) => before.slice(0, -1),
      (before) => [...before.slice(0, 50), block('Mitad A'), block('Mitad B'), ...before.slice(51)],
      (before) => [...before.slice(0, 10), ...before.slice(20)],
      (before) => [before[60] as object, ...before.slice(0, 60), ...before.slice(61)],
      (before) => [...before],
      (before) => before.map((each) => frozenJsonCopy(each)),
      (before) => [...before, ...before.slice(0, 5)],
    ];
    for (const slice of [7, 65_536]) {
      let body: object[] = blocks;
      const first = request(body);
      expect(await received(await jsonBody(first, slice))).toBe(JSON.stringify(first));
      for (const edit of edits) {
        body = edit(body);
        const next = request(body);
        expect(await received(await jsonBody(next, slice))).toBe(JSON.stringify(next));
      }
      // Another body in between, then the first one's blocks again.
      const other = request(Array.from({ length: 80 }, (_, i) => block(`Otro ${i}`)));
      expect(await received(await jsonBody(other, slice))).toBe(JSON.stringify(other));
      const again = request(body);
      expect(await received(await jsonBody(again, slice))).toBe(JSON.stringify(again));
    }
  });

  it('sends two long bodies written at once each as it is: neither takes the other’s blocks', async () => {
    const block = (text: string) => frozenJsonCopy({ type: 'paragraph', content: [{ type: 'text', text }] });
    const mine = Array.from({ length: 90 }, (_, i) => block(`Mío ${i} ñ`));
    const theirs = [...mine.slice(0, 40), block('De otro 😀'), ...mine.slice(41)];
    for (let round = 0; round < 3; round++) {
      const a = { content: [...mine.slice(0, round), block(`Ronda ${round}`), ...mine.slice(round + 1)] };
      const b = { content: [...theirs.slice(0, 60), ...theirs.slice(61)] };
      const [first, second] = await Promise.all([jsonBody(a, 7), jsonBody(b, 7)]);
      expect(await received(first)).toBe(JSON.stringify(a));
      expect(await received(second)).toBe(JSON.stringify(b));
    }
  });

  it('a frozen block cannot be changed in place, so bytes kept for it never go stale', () => {
    const block = frozenJsonCopy({ type: 'paragraph', attrs: { align: 'left' }, content: [{ type: 'text', text: 'Hola' }] });
    expect(() => {
      (block.content[0] as { text: string }).text = 'Adiós';
    }).toThrow(TypeError);
    expect(() => {
      block.attrs.align = 'right';
    }).toThrow(TypeError);
    expect(() => block.content.push({ type: 'text', text: '!' })).toThrow(TypeError);
    expect(JSON.stringify(block)).toBe('{"type":"paragraph","attrs":{"align":"left"},"content":[{"type":"text","text":"Hola"}]}');
  });
});
