import { foldForSearch, foldWithMap } from './foldForSearch';
import type { SearchTerm } from './searchQuery';

/** A piece of a snippet: text, and whether it is a hit to mark. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** Each term's pattern: a phrase matches its words with anything that is not a letter or digit between them. */
function patterns(terms: readonly SearchTerm[]): { term: SearchTerm; pattern: RegExp }[] {
  return terms.map((term) => ({
    term,
    pattern: new RegExp(term.words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+'), 'gu'),
  }));
}

/**
 * Where the terms match in the folded text between `from` and `to`, as [start, end), whole words (or word starts);
 * the scan stops at `to`, so a long text costs only its window.
 */
function hits(folded: string, compiled: ReturnType<typeof patterns>, from = 0, to = folded.length): [number, number][] {
  const found: [number, number][] = [];
  for (const { term, pattern } of compiled) {
    pattern.lastIndex = from;
    for (let match = pattern.exec(folded); match && match.index < to; match = pattern.exec(folded)) {
      const start = match.index;
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

/** Where the first whole-word match of any term starts in the folded text, or null. */
function firstHit(folded: string, compiled: ReturnType<typeof patterns>): number | null {
  let first: number | null = null;
  for (const { term, pattern } of compiled) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match && (first === null || match.index < first); match = pattern.exec(folded)) {
      const end = match.index + match[0].length;
      if (isWordCharacter(folded[match.index - 1]) || (term.kind !== 'prefix' && isWordCharacter(folded[end]))) continue;
      first = match.index;
      break;
    }
  }
  return first;
}

const isSpace = (character: string | undefined) => character !== undefined && /\s/.test(character);

/** A piece of the text as shown: every run of spaces and line breaks one space. */
const flattened = (piece: string) => piece.replace(/\s+/g, ' ');

/**
 * A short extract of `text` around its first hit, the hits marked, in the original spelling (accents and case as
 * written): what a search result shows under its title. The start of the text when nothing matches. Only the extract
 * is cut and flattened (a page of results reads 50 whole texts: each is folded once and scanned to its first hit).
 */
export function searchSnippet(text: string, terms: readonly SearchTerm[], length = 160): SnippetPart[] {
  const { folded, at: origin } = alignedFold(text);
  const compiled = patterns(terms);
  const firstFolded = firstHit(folded, compiled);
  const first = firstFolded === null ? 0 : origin(firstFolded);
  let from = Math.max(0, first - Math.floor(length / 3));
  // The extract starts at a word: after the next space when it would start inside the text.
  if (from > 0) {
    let space = from;
    while (space < first && !isSpace(text[space])) space++;
    if (space < first) from = space;
  }
  while (from < text.length && isSpace(text[from])) from++;
  let to = Math.min(text.length, from + length);
  // It ends at a word's end when a space allows.
  if (to < text.length) {
    let space = to;
    while (space > from && !isSpace(text[space])) space--;
    if (space > from) to = space;
  }
  while (to > from && isSpace(text[to - 1])) to--;
  // Only the hits near the extract are looked for (a word a little before it may run into it).
  const found =
    firstFolded === null
      ? []
      : hits(folded, compiled, Math.max(0, firstFolded - 2 * length), Math.min(folded.length, firstFolded + 3 * length)).map(
          ([start, end]) => [origin(start), origin(end)] as const,
        );
  const parts: SnippetPart[] = [];
  let at = from;
  for (const [start, end] of found) {
    if (end <= at || start >= to) continue;
    if (start > at) parts.push({ text: flattened(text.slice(at, start)), hit: false });
    parts.push({ text: flattened(text.slice(Math.max(start, at), Math.min(end, to))), hit: true });
    at = Math.min(end, to);
  }
  if (at < to) parts.push({ text: flattened(text.slice(at, to)), hit: false });
  if (/\S/.test(text.slice(0, from))) parts.unshift({ text: '…', hit: false });
  if (/\S/.test(text.slice(to))) parts.push({ text: '…', hit: false });
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
