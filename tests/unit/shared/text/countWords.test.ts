import { describe, expect, it } from 'vitest';
import { countCharacters, countWords } from '../../../../shared/text/countWords';

describe('counts as a reader makes them', () => {
  it('count an accented letter once, spaces but not line breaks, and words without punctuation', () => {
    expect(countCharacters('Sí')).toBe(2);
    expect(countCharacters('Sí\n\nno')).toBe(4);
    expect(countCharacters('año nuevo')).toBe(9);
    expect(countWords('«Externó», dijo; ¡sí!')).toBe(3);
  });
});
