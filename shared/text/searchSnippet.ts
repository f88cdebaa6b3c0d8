import { foldForSearch, foldWithMap } from './foldForSearch';
import type { SearchTerm } from './searchQuery';

/** A piece of a snippet: text, and whether it is a hit to mark. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** Where each term matches in the folded text, as [start, end) in the folded text, whole words (or word starts). */
function hits(folded: string, terms: readonly SearchTerm[]): [number, number][] {
  const found: [number, number][] = [];
  for (const term of terms) {
    // A phrase matches its words with anything that is not a letter or digit between them.
    const pattern = term.words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+');
    for (const match of folded.matchAll(new RegExp(pattern, 'gu'))) {
      const start = match.index ?? 0;
      let end = start + match[0].length;
      if (isWordCharacter(folded[start - 1])) continue;
      if (term.kind !== 'prefix' && isWordCharacter(folded[end])) continue;
      // A prefix marks the whole word it starts.
      while (isWordCharacter(folded[end])) end++;
      found.push([start, end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/**
 * A short extract of `text` around its first hit, the hits marked, in the original spelling (accents and case as
 * written): what a search result shows under its title. The start of the text when nothing matches.
 */
export function searchSnippet(text: string, terms: readonly SearchTerm[], length = 160): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const { folded, at: origin } = alignedFold(flat);
  const found = hits(folded, terms).map(([start, end]) => [origin(start), origin(end)] as const);
  const first = found[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(length / 3));
  if (from > 0) from = flat.indexOf(' ', from) + 1 || from;
  let to = Math.min(flat.length, from + length);
  if (to < flat.length) to = flat.lastIndexOf(' ', to) > from ? flat.lastIndexOf(' ', to) : to;
  const parts: SnippetPart[] = [];
  let at = from;
  for (const [start, end] of found) {
    if (end <= at || start >= to) continue;
    if (start > at) parts.push({ text: flat.slice(at, start), hit: false });
    parts.push({ text: flat.slice(Math.max(start, at), Math.min(end, to)), hit: true });
    at = Math.min(end, to);
  }
  if (at < to) parts.push({ text: flat.slice(at, to), hit: false });
  if (from > 0) parts.unshift({ text: '…', hit: false });
  if (to < flat.length) parts.push({ text: '…', hit: false });
  return parts;
}

/**
 * The folded text and where each of its characters came from. Nearly every text folds character for character (same
 * length): then the whole-text fold serves with positions unchanged, which keeps a page of snippets cheap.
 */
function alignedFold(text: string): { folded: string; at(index: number): number } {
  const folded = foldForSearch(text);
  if (folded.length === text.length) return { folded, at: (index) => index };
  const { folded: slow, source } = foldWithMap(text);
  return { folded: slow, at: (index) => source[index] ?? text.length };
}
