import { describe, expect, it } from 'vitest';
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
});
