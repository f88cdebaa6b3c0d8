import { foldForSearch } from './foldForSearch';

/** One part of a search: a word, the start of a word (`educ*`), or words together ("rueda de prensa"). */
export interface SearchTerm {
  kind: 'word' | 'prefix' | 'phrase';
  /** Folded words (see `foldForSearch`). */
  words: string[];
}

/** Words as the index splits them: runs of letters and digits. */
export function searchWords(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Longest query taken, in characters, and most terms: a search box, not a document. */
const maxQueryLength = 500;
const maxTerms = 20;

/**
 * What a person typed in the search box, as terms every one of which must match: quoted text is a phrase, a word
 * ending in `*` is a prefix; anything else is plain words. Punctuation and operators are never passed to an engine.
 */
export function parseSearchQuery(text: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const pattern = /"([^"]*)"?|(\S+)/g;
  for (const match of foldForSearch(text.slice(0, maxQueryLength)).matchAll(pattern)) {
    if (match[1] !== undefined) {
      const words = searchWords(match[1]);
      if (words.length === 1) terms.push({ kind: 'word', words });
      else if (words.length > 1) terms.push({ kind: 'phrase', words });
      continue;
    }
    const raw = match[2] ?? '';
    const words = searchWords(raw);
    words.forEach((word, index) => {
      const prefix = index === words.length - 1 && raw.endsWith('*');
      terms.push({ kind: prefix ? 'prefix' : 'word', words: [word] });
    });
  }
  return terms.slice(0, maxTerms);
}
