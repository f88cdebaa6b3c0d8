/** Control characters no page, Word file or PDF can carry (tab and line breaks stay). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose.
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** A half of a surrogate pair without its other half: not a character at all. */
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as it is stored and printed: invisible control characters (pasted from PDFs and old systems) dropped, broken characters shown as �. */
export function storableText(text: string): string {
  return text.replace(controls, '').replace(loneSurrogates, '\ufffd');
}
