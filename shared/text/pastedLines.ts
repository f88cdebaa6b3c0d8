/** Runs of what Word and web pages put where a space is meant: spaces, tabs, non-breaking, narrow and zero-width ones. */
const spaceRun = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;

/** A list item's marker as Word, e-mail and web pages paste it: a bullet glyph, a dash, or Word's Symbol-font bullets. */
const glyphMarker = /^(?:[-–—•·▪◦‣∙●○■□➢➤✓*§\uf0a7\uf0b7\uf0d8\uf0fc]|o(?=\s))\s*/u;

/** A numbered list's marker: "1.", "2)", "a)", "(iii)". */
const numberMarker = /^\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s+/i;

/** One line as a title or bullet keeps it: space-like runs become one space, ends trimmed. */
export function cleanLine(text: string): string {
  return text.replace(spaceRun, ' ').trim();
}

/** Pasted text as one line (a title): its lines joined by a space. */
export function pastedLine(text: string): string {
  return cleanLine(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/**
 * Pasted text as list items (summary bullets): one item per non-empty line, without its bullet marker; numbers
 * ("1.", "a)") are taken as markers only when every line has one, so a bullet that begins with a figure keeps it.
 */
export function pastedLines(text: string): string[] {
  const lines = text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map(cleanLine)
    .filter((line) => line !== '')
    .map((line) => cleanLine(line.replace(glyphMarker, '')))
    .filter((line) => line !== '');
  const numbered = lines.length > 1 && lines.every((line) => numberMarker.test(line));
  return numbered ? lines.map((line) => cleanLine(line.replace(numberMarker, ''))) : lines;
}
