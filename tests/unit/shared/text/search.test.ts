import { describe, expect, it } from 'vitest';
import { foldForSearch, foldWithMap } from '../../../../shared/text/foldForSearch';
import { parseSearchQuery } from '../../../../shared/text/searchQuery';
import { searchSnippet } from '../../../../shared/text/searchSnippet';

describe('foldForSearch', () => {
  it('takes accents, diaeresis and case off and keeps ñ apart from n', () => {
    expect(foldForSearch('Educación PINGÜINO Añadió Ñandú')).toBe('educacion pinguino añadio ñandu');
    expect(foldForSearch('Anadio')).not.toBe(foldForSearch('Añadió'));
    expect(foldForSearch('educacion')).toBe(foldForSearch('EDUCACIÓN'));
  });
  it('folds a whole text exactly as character by character (the map used to mark hits)', () => {
    const text = 'Señor PÉREZ, de Ñuñoa: «¿Qué tal?» — über 1º 50 % ½ café\u0301 ÅNGSTRÖM';
    expect(foldWithMap(text).folded).toBe(foldForSearch(text));
  });
});

describe('parseSearchQuery', () => {
  it('reads words, prefixes and phrases, folded, and passes no operator on', () => {
    expect(parseSearchQuery('Educación posgr* "Rueda de prensa"')).toEqual([
      { kind: 'word', words: ['educacion'] },
      { kind: 'prefix', words: ['posgr'] },
      { kind: 'phrase', words: ['rueda', 'de', 'prensa'] },
    ]);
    expect(parseSearchQuery('IPN-UNAM OR NEAR(x) ^ :')).toEqual([
      { kind: 'word', words: ['ipn'] },
      { kind: 'word', words: ['unam'] },
      { kind: 'word', words: ['or'] },
      { kind: 'word', words: ['near'] },
      { kind: 'word', words: ['x'] },
    ]);
    expect(parseSearchQuery('  "" * ')).toEqual([]);
  });
});

describe('searchSnippet', () => {
  it('marks the hits in the original spelling around the first one', () => {
    const text = `${'Texto previo sin interés. '.repeat(8)}El Instituto anunció la educación dual en Zacatenco.`;
    const parts = searchSnippet(text, parseSearchQuery('educacion zacatenco'), 80);
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(['educación', 'Zacatenco']);
    expect(parts[0]).toEqual({ text: '…', hit: false });
  });
  it('marks the right words when folding changes the length (a text with combining accents)', () => {
    const text = 'El cafe\u0301 de la educacio\u0301n dual.';
    expect(
      searchSnippet(text, parseSearchQuery('educacion'))
        .filter((part) => part.hit)
        .map((part) => part.text),
    ).toEqual(['educacio\u0301n']);
  });
  it('matches whole words only, prefixes by their start, and ñ only as ñ', () => {
    const text = 'Añadió la educadora; se educó en la Universidad.';
    expect(searchSnippet(text, parseSearchQuery('educ')).some((part) => part.hit)).toBe(false);
    expect(
      searchSnippet(text, parseSearchQuery('educ*'))
        .filter((part) => part.hit)
        .map((part) => part.text),
    ).toEqual(['educadora', 'educó']);
    expect(searchSnippet(text, parseSearchQuery('anadio')).some((part) => part.hit)).toBe(false);
    expect(
      searchSnippet(text, parseSearchQuery('añadio'))
        .filter((part) => part.hit)
        .map((part) => part.text),
    ).toEqual(['Añadió']);
  });
  it('shows the extract on one line, whatever the paragraphs and spaces it spans, and only the extract', () => {
    const text = `Primer párrafo.\n\n${'Relleno   de\tpárrafos. '.repeat(40)}\nLa  educación\n\ndual en Zacatenco.\n${'Cola. '.repeat(60)}`;
    const parts = searchSnippet(text, parseSearchQuery('"educacion dual"'), 80);
    const shown = parts.map((part) => part.text).join('');
    expect(shown).not.toMatch(/\s\s|\n|\t/);
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(['educación dual']);
    expect(shown.startsWith('…') && shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(90);
  });
});
