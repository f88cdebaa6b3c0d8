import type { Language } from '../domain/language';
import type { TextUnit } from '../style/textUnits';

/** One word of the text, where it is (positions as in TextUnit: offsets for fields, document positions for the body). */
export interface WordOccurrence {
  word: string;
  field: TextUnit['field'];
  index?: number | undefined;
  from: number;
  to: number;
}

const skipped = /https?:\/\/\S+|www\.\S+|\S+@\S+/giu;

/**
 * The words a spellchecker should look at: letters only (no numbers), not acronyms (all capitals), not single
 * letters, and nothing inside web or mail addresses.
 */
export function wordsToCheck(units: readonly TextUnit[], language: Language): WordOccurrence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const words: WordOccurrence[] = [];
  for (const unit of units) {
    if (unit.field === 'place') continue;
    const excluded = [...unit.text.matchAll(skipped)].map((match) => [match.index ?? 0, (match.index ?? 0) + match[0].length] as const);
    for (const segment of segmenter.segment(unit.text)) {
      const word = segment.segment;
      if (!segment.isWordLike || [...word].length < 2 || /\p{N}/u.test(word) || word === word.toLocaleUpperCase(language)) continue;
      const start = segment.index;
      if (excluded.some(([from, to]) => start >= from && start < to)) continue;
      words.push({
        word,
        field: unit.field,
        index: unit.field === 'summary' ? unit.index : undefined,
        from: unit.base + start,
        to: unit.base + start + word.length,
      });
    }
  }
  return words;
}
