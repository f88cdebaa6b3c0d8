import { describe, expect, it } from 'vitest';
import { testBackend } from '../../../helpers/backend';
import { seedContent } from '../../../helpers/fixtures';

describe('translations', () => {
  it('creates the English version of seed 000 with its structure, linked both ways', async () => {
    const { ok } = testBackend();
    const original = await ok('createCommunique', { content: seedContent('seed-000-es') });
    const english = await ok('createTranslation', { id: original.id });
    expect(english.content).toMatchObject({
      language: 'en',
      place: 'Mexico City',
      series: 'comunicado',
      date: '2021-11-17',
      summary: original.content.summary,
      body: original.content.body,
    });
    expect(english.linked).toEqual([{ id: original.id, language: 'es', relation: 'original' }]);
    expect((await ok('getCommunique', { id: original.id })).linked).toEqual([{ id: english.id, language: 'en', relation: 'translation' }]);
  });

  it('keeps a place that is not the usual one, and goes from English to Spanish as well', async () => {
    const { ok } = testBackend();
    const original = await ok('createCommunique', { content: { language: 'en', place: 'Socorro, New Mexico' } });
    const spanish = await ok('createTranslation', { id: original.id });
    expect(spanish.content).toMatchObject({ language: 'es', place: 'Socorro, New Mexico' });
  });

  it('refuses a second version in the same language and names the existing one, from either side', async () => {
    const { ok, call } = testBackend();
    const original = await ok('createCommunique', { content: {} });
    const english = await ok('createTranslation', { id: original.id });
    expect(await call('createTranslation', { id: original.id })).toMatchObject({
      ok: false,
      error: { code: 'TRANSLATION_EXISTS', details: { existing: english.id, language: 'en' } },
    });
    expect(await call('createTranslation', { id: english.id })).toMatchObject({
      ok: false,
      error: { code: 'TRANSLATION_EXISTS', details: { existing: original.id, language: 'es' } },
    });
    expect(await call('createTranslation', { id: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
