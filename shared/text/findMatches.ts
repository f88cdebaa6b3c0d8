/** Where `query` occurs in `text` (start offsets), case-insensitively unless asked; overlapping matches are not counted. */
export function findMatches(text: string, query: string, caseSensitive: boolean): number[] {
  if (!query) return [];
  const haystack = caseSensitive ? text : text.toLocaleLowerCase('es');
  const needle = caseSensitive ? query : query.toLocaleLowerCase('es');
  const found: number[] = [];
  for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + needle.length)) found.push(index);
  return found;
}

/** `text` with every match of `query` replaced (same matching rules as findMatches). */
export function replaceMatches(text: string, query: string, replacement: string, caseSensitive: boolean): string {
  const starts = findMatches(text, query, caseSensitive);
  let result = text;
  for (const start of [...starts].reverse()) result = result.slice(0, start) + replacement + result.slice(start + query.length);
  return result;
}
