const words = new Intl.Segmenter('es', { granularity: 'word' });
const graphemes = new Intl.Segmenter('es', { granularity: 'grapheme' });

/** Words as a reader counts them (Intl word segmentation: punctuation and spaces are not words). */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

/** Characters as a reader (and Word) counts them: an accented letter is one, spaces count, line breaks do not. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const { segment } of graphemes.segment(text)) if (segment !== '\n' && segment !== '\r\n' && segment !== '\r') count += 1;
  return count;
}
