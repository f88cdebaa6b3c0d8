const words = new Intl.Segmenter('es', { granularity: 'word' });
const graphemes = new Intl.Segmenter('es', { granularity: 'grapheme' });

/** Words as a reader counts them (Intl word segmentation: punctuation and spaces are not words). */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

/** Characters as a reader counts them (an accented letter is one), spaces included. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _segment of graphemes.segment(text)) count += 1;
  return count;
}
