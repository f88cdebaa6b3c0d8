import { describe, expect, it } from 'vitest';
import type { Content } from '../../../../shared/domain/content';
import { conflictingFields, mergeField } from '../../../../shared/review/mergeFields';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const content = (over: Partial<Content> = {}): Content => ({
  series: 'comunicado',
  language: 'es',
  place: 'Ciudad de México',
  date: '2026-12-01',
  title: 'Título base',
  summary: ['Uno', 'Dos'],
  body: { type: 'doc', content: [paragraph('Primero.'), paragraph('Segundo.')] },
  ...over,
});

describe('conflictingFields', () => {
  it('names only the fields the two windows saved differently', () => {
    expect(conflictingFields(content(), content())).toEqual([]);
    expect(conflictingFields(content({ title: 'Mío' }), content({ date: '2026-12-02', body: { type: 'doc', content: [paragraph('Otro.')] } }))).toEqual([
      'date',
      'title',
      'body',
    ]);
  });
});

describe('mergeField', () => {
  const mine = content({
    title: 'Mi título',
    summary: ['Uno', 'Mío nuevo', 'Dos'],
    body: { type: 'doc', content: [paragraph('Primero.'), paragraph('Mío.'), paragraph('Segundo.')] },
  });
  const theirs = content({
    title: 'Su título',
    summary: ['Uno', 'Dos', 'Suyo al final'],
    body: { type: 'doc', content: [paragraph('Suyo al inicio.'), paragraph('Primero.'), paragraph('Segundo.')] },
  });

  it('keeps mine or takes theirs as they are', () => {
    expect(mergeField('title', mine, theirs, 'mine')).toBe('Mi título');
    expect(mergeField('title', mine, theirs, 'theirs')).toBe('Su título');
    expect(mergeField('body', mine, theirs, 'theirs')).toEqual(theirs.body);
  });

  it('keeps both lists with each new item in its place, shared items once', () => {
    expect(mergeField('summary', mine, theirs, 'both')).toEqual(['Uno', 'Mío nuevo', 'Dos', 'Suyo al final']);
    expect(mergeField('body', mine, theirs, 'both')).toEqual({
      type: 'doc',
      content: [paragraph('Suyo al inicio.'), paragraph('Primero.'), paragraph('Mío.'), paragraph('Segundo.')],
    });
  });

  it('joins two titles to edit by hand, and refuses "both" where one value must win or the limit would be passed', () => {
    expect(mergeField('title', mine, theirs, 'both')).toBe('Mi título / Su título');
    expect(mergeField('date', mine, content({ date: '2026-12-02' }), 'both')).toBeNull();
    expect(mergeField('title', content({ title: 'a'.repeat(300) }), content({ title: 'b'.repeat(300) }), 'both')).toBeNull();
    const many = (prefix: string) => Array.from({ length: 8 }, (_, i) => `${prefix} ${i}`);
    expect(mergeField('summary', content({ summary: many('mío') }), content({ summary: many('suyo') }), 'both')).toBeNull();
  });
});
