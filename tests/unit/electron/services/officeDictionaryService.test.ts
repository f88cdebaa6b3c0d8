import { describe, expect, it } from 'vitest';
import { testBackend } from '../../../helpers/backend';

describe('office dictionary', () => {
  it('keeps words per language, once each, in order', async () => {
    const { ok } = testBackend();
    await ok('addOfficeWord', { language: 'es', word: 'Zacatenco' });
    await ok('addOfficeWord', { language: 'es', word: 'Conalep' });
    expect(await ok('addOfficeWord', { language: 'es', word: 'Zacatenco' })).toEqual([
      { language: 'es', word: 'Conalep' },
      { language: 'es', word: 'Zacatenco' },
    ]);
    await ok('addOfficeWord', { language: 'en', word: 'Politécnico' });
    expect(await ok('listOfficeWords', { language: 'en' })).toEqual([{ language: 'en', word: 'Politécnico' }]);
    expect(await ok('listOfficeWords', {})).toHaveLength(3);
  });

  it('refuses anything that is not one word, and says so in Spanish', async () => {
    const { call, ok } = testBackend();
    for (const word of ['dos palabras', '', '<script>', 'x'.repeat(61), '123abc']) {
      const result = await call('addOfficeWord', { language: 'es', word });
      expect(result, word).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Los datos no son válidos: word: /) } });
    }
    expect(await ok('listOfficeWords', {})).toEqual([]);
  });
});
