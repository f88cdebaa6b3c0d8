import type { Language } from '../domain/language';
import { pastedLines } from '../text/pastedLines';
import type { Dateline } from './readDateline';
import { readDateline } from './readDateline';
import type { NumberLine } from './readNumberLine';
import { readNumberLine, seriesForLabel } from './readNumberLine';

/** Something the reader could not settle alone, for the person to look at in the preview. */
export type ImportWarning = 'noNumber' | 'noDateline' | 'noSummary' | 'unknownSeries' | 'noClosingMark';

/** What a communiqué's text says, field by field, as read. */
export interface ReadCommunique {
  /** The series the label belongs to, or null when the office has no series with that label (`seriesLabel` says which). */
  series: string | null;
  seriesLabel: string | null;
  number: number | null;
  language: Language;
  place: string;
  date: string | null;
  title: string;
  summary: string[];
  /** Plain text, paragraphs apart by a blank line (the interchange's plain body). */
  body: string;
  warnings: ImportWarning[];
}

/** Why a text is not taken as a communiqué. */
export type ImportRefusal = 'empty' | 'notACommunique';

const closingMark = /^(?:-+\s*o+\s*O+\s*o+\s*-+|=+\s*0+\s*=+|\(FIN\)|#{3}|-0-)$/i;
const bulletStart = /^\s*(?:[-–•·▪*]|\uf0b7)\s+/u;
const endsSentence = /[.!?:;"»”)]$/;

/** A run of lines between blank lines; `afterBreak` when a page's letterhead or footer was cut out just before it. */
interface Block {
  lines: string[];
  afterBreak: boolean;
}

/**
 * The key under which a line repeats from page to page: its words of two letters or more (years, page numbers and a
 * logo's glyph, read as "X" on one page and "&" on the next, do not count).
 */
const runningKey = (line: string) => (line.toLowerCase().match(/\p{L}{2,}/gu) ?? []).join(' ');

/**
 * Reads a communiqué from its plain text (a .txt, or the text of a PDF, Word file or web page): the number line, the
 * dateline, the title (also split over lines), the bullets, the body paragraphs up to the closing mark. What repeats on
 * every page (letterhead, footer) goes, and a paragraph cut by a page break is joined again. A text with neither a
 * number line nor a dateline near its start is refused rather than guessed.
 */
export function readCommuniqueText(text: string): ReadCommunique | { refused: ImportRefusal } {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, ' ').trim());
  if (lines.every((line) => line === '')) return { refused: 'empty' };
  const counts = new Map<string, number>();
  for (const line of lines) if (line && line.length <= 100 && !bulletStart.test(line)) counts.set(runningKey(line), (counts.get(runningKey(line)) ?? 0) + 1);
  const running = (line: string) =>
    line.length <= 100 && runningKey(line) !== '' && (counts.get(runningKey(line)) ?? 0) >= 2 && !readNumberLine(line) && !readDateline(line);

  const blocks: Block[] = [];
  let current: Block | null = null;
  let cut = false;
  let closed = false;
  for (const line of lines) {
    if (closingMark.test(line)) {
      closed = true;
      break;
    }
    if (line === '' || running(line)) {
      if (line !== '') cut = true;
      current = null;
      continue;
    }
    if (!current) {
      current = { lines: [], afterBreak: cut };
      blocks.push(current);
      cut = false;
    }
    current.lines.push(line);
  }

  // The header: a number line and a dateline among the first blocks, in either order, maybe on one line.
  let at = 0;
  let numberLine: NumberLine | null = null;
  let dateline: Dateline | null = null;
  while (at < Math.min(blocks.length, 4) && (!numberLine || !dateline)) {
    const first = blocks[at]?.lines[0] ?? '';
    const number: NumberLine | null = numberLine ? null : readNumberLine(first);
    const date: Dateline | null = readDateline(number ? number.rest : first);
    if (!number && !date) break;
    numberLine ??= number;
    dateline ??= date;
    at++;
  }
  if (!numberLine && !dateline) return { refused: 'notACommunique' };

  const titleBlock = blocks[at];
  if (!titleBlock || bulletStart.test(titleBlock.lines[0] ?? '')) return { refused: 'notACommunique' };
  const title = titleBlock.lines.join(' ').replace(/\s+/g, ' ');
  at++;

  const summary: string[] = [];
  while (at < blocks.length && bulletStart.test(blocks[at]?.lines[0] ?? '')) {
    for (const line of blocks[at]?.lines ?? []) {
      // A line without a marker continues the bullet before it; several bullets on one line are apart by " • ".
      if (!bulletStart.test(line) && summary.length > 0) summary[summary.length - 1] += ` ${line}`;
      else summary.push(...line.split(/\s+•\s+/).flatMap((part) => pastedLines(part)));
    }
    at++;
  }

  const paragraphs: string[] = [];
  for (const block of blocks.slice(at)) {
    const paragraph = block.lines.join(' ').replace(/\s+/g, ' ');
    const previous = paragraphs.length - 1;
    // Cut by a page break: the text goes on in lower case after the letterhead, mid-sentence.
    if (block.afterBreak && previous >= 0 && /^\p{Ll}/u.test(paragraph) && !endsSentence.test(paragraphs[previous] ?? '')) {
      paragraphs[previous] = `${paragraphs[previous]} ${paragraph}`;
    } else paragraphs.push(paragraph);
  }

  const language: Language = dateline?.language ?? (/\b(the|and|of)\b/i.test(title) ? 'en' : 'es');
  const series = numberLine ? seriesForLabel(numberLine.label) : null;
  const warnings: ImportWarning[] = [];
  if (!numberLine) warnings.push('noNumber');
  if (!dateline) warnings.push('noDateline');
  if (summary.length === 0) warnings.push('noSummary');
  if (numberLine && !series) warnings.push('unknownSeries');
  if (!closed) warnings.push('noClosingMark');
  return {
    series,
    seriesLabel: numberLine?.label ?? null,
    number: numberLine?.number ?? null,
    language,
    place: dateline?.place ?? '',
    date: dateline?.date ?? null,
    title,
    summary,
    body: paragraphs.join('\n\n'),
    warnings,
  };
}
