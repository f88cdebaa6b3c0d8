/**
 * Plain text pasted into the body (from a PDF, a chat, "paste without format"): runs of non-breaking and other
 * space-like characters become one space, and lines of nothing but such spaces become empty (no empty paragraphs).
 */
export function cleanPastedText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line.replace(/[ \t\u00a0\u2007\u202f\u200b]*[\u00a0\u2007\u202f\u200b][ \t\u00a0\u2007\u202f\u200b]*/g, (run) => (run.length > 1 ? ' ' : run)),
    )
    .map((line) => (line.trim() === '' ? '' : line))
    .join('\n');
}
