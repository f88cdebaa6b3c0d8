import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { pressVocabulary } from '../../../../shared/text/pressVocabulary';

/** The bundled Hunspell dictionary, read from its package as the app serves it. */
const dictionary = (name: string) => {
  const folder = join(import.meta.dirname, '..', '..', '..', '..', 'node_modules', name);
  return nspell(readFileSync(join(folder, 'index.aff'), 'utf8'), readFileSync(join(folder, 'index.dic'), 'utf8'));
};

describe('the press vocabulary every desk accepts', () => {
  it('holds the words of the office’s releases the Spanish dictionary lacks, and only those', () => {
    const spanish = dictionary('dictionary-es');
    for (const word of ['externó', 'pregrado', 'geoquímica', 'revalorización', 'entregables']) {
      expect(spanish.correct(word), word).toBe(false);
      expect(pressVocabulary.es, word).toContain(word);
    }
    // Nothing the dictionary already knows: the list says what it adds.
    expect(pressVocabulary.es.filter((word) => spanish.correct(word))).toEqual([]);
    for (const word of pressVocabulary.es) spanish.add(word);
    expect(['externó', 'pregrado', 'geoquímica'].every((word) => spanish.correct(word))).toBe(true);
  });

  it('adds to the English dictionary only what it lacks', () => {
    const english = dictionary('dictionary-en');
    expect(pressVocabulary.en.filter((word) => english.correct(word))).toEqual([]);
  });
});
