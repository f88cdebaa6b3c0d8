import { contentLimits } from '../domain/content';
import type { ImportRefusal, ImportWarning } from '../domain/importItem';
import type { Language } from '../domain/language';
import { pastedLines } from '../text/pastedLines';
import { isClutter } from './isClutter';
import type { Dateline } from './readDateline';
import { readDateline } from './readDateline';
import type { NumberLine } from './readNumberLine';
import { readNumberLine } from './readNumberLine';

/** What a communiqué's text says, field by field, as read. */
export interface ReadCommunique {
  /** The label printed before the number ("Comunicado", "Joint Release"…), or null without a number line. */
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

const closingMark = /^(?:-+\s*o+\s*O+\s*o+\s*-+|=+\s*0+\s*=+|\(FIN\)|#{3}|-0-)$/i;
const bulletStart = /^\s*(?:[-–•·▪*]|\uf0b7)\s+/u;
const endsSentence = /[.!?:;"»”)]$/;
const bylineLabelled = /^(?:por|by|texto|text|redacción|fotos?|photos?)\s*:\s*\S.{0,80}$/iu;
const bylineNamed = /^(?:Por|By)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4}$/u;
const byline = { test: (line: string) => bylineLabelled.test(line) || bylineNamed.test(line) };
/** How many lines apart a repeated line must be to be a page's letterhead or footer rather than the text's own. */
const pageApart = 8;
/** How far into a page the number line or dateline may start (a web page's menus, a one-page letterhead come first). */
const headerReach = 40;

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
const sameText = (a: string, b: string) => runningKey(a) !== '' && runningKey(a) === runningKey(b);
const joined = (lines: string[]) => lines.join(' ').replace(/\s+/g, ' ').trim();

/**
 * Reads a communiqué from its plain text (a .txt, or the text of a PDF, Word file or web page): the number line, the
 * dateline, the title (also split over lines, before or after the dateline), the bullets, the body paragraphs up to the
 * closing mark. What repeats on every page (letterhead, footer), what comes before the header (menus, a letterhead),
 * web-page clutter, bylines and a title printed twice go, and a paragraph cut by a page break is joined again. A text
 * with neither a number line nor a dateline near its start is refused rather than guessed.
 */
export function readCommuniqueText(text: string): ReadCommunique | { refused: ImportRefusal } {
  // Emphasis typed as *asterisks* (text copied from a web page's editor) is the words alone.
  const lines = text.split(/\r\n|\r|\n/).map((line) =>
    line
      .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, ' ')
      .replace(/(^|[\s(«"“])\*([^*\s][^*]*?)\*(?=[\s.,;:)»"”]|$)/gu, '$1$2')
      .trim()
      // A bullet marker alone on its line is an empty item: nothing.
      .replace(/^[-–•·▪*]$/u, ''),
  );
  if (lines.every((line) => line === '')) return { refused: 'empty' };
  // A letterhead or footer repeats page after page, so a page's worth of lines apart; a title printed twice does not.
  const lastSeen = new Map<string, number>();
  const repeated = new Set<string>();
  let filled = 0;
  for (const line of lines) {
    if (!line) continue;
    filled++;
    if (line.length > 100 || bulletStart.test(line)) continue;
    const key = runningKey(line);
    const seen = lastSeen.get(key);
    if (seen !== undefined && filled - seen >= pageApart) repeated.add(key);
    lastSeen.set(key, filled);
  }
  const running = (line: string) =>
    line.length <= 100 && runningKey(line) !== '' && repeated.has(runningKey(line)) && !readNumberLine(line) && !readDateline(line);

  const blocks: Block[] = [];
  let current: Block | null = null;
  let cut = false;
  let closed = false;
  for (const line of lines) {
    if (closingMark.test(line)) {
      closed = true;
      break;
    }
    if (line === '' || isClutter(line) || running(line)) {
      if (line !== '') cut = true;
      current = null;
      continue;
    }
    // Bullets printed right under the title (a PDF leaves no blank line) start a block of their own.
    if (current && bulletStart.test(line) && !bulletStart.test(current.lines[0] ?? '')) current = null;
    if (!current) {
      current = { lines: [], afterBreak: cut };
      blocks.push(current);
      cut = false;
    }
    current.lines.push(line);
  }

  // The header: a number line and a dateline in the first blocks that read as either, in either order, maybe on one line.
  const isHeader = (block: Block | undefined) => {
    const first = block?.lines[0] ?? '';
    return readNumberLine(first) !== null || readDateline(first) !== null;
  };
  const start = blocks.slice(0, headerReach).findIndex(isHeader);
  if (start < 0) return { refused: 'notACommunique' };
  let at = start;
  let numberLine: NumberLine | null = null;
  let dateline: Dateline | null = null;
  // Line by line: a PDF or a Word file may print the number, the dateline and the title with no blank line between.
  while (at < blocks.length && at < start + 3 && (!numberLine || !dateline)) {
    const block = blocks[at] as Block;
    let used = 0;
    while (used < block.lines.length && (!numberLine || !dateline)) {
      const line = block.lines[used] ?? '';
      const number: NumberLine | null = numberLine ? null : readNumberLine(line);
      const date: Dateline | null = readDateline(number ? number.rest : line);
      if (!number && !date) break;
      numberLine ??= number;
      dateline ??= date;
      used++;
    }
    if (used === 0) break;
    if (used < block.lines.length) {
      blocks[at] = { lines: block.lines.slice(used), afterBreak: block.afterBreak };
      break;
    }
    at++;
  }

  // The title follows the header; or, when bullets follow it straight away, it is the block printed just before it.
  const next = blocks[at];
  const titleBefore = (!next || bulletStart.test(next.lines[0] ?? '')) && start > 0 ? blocks[start - 1] : undefined;
  const titleBlock = titleBefore ?? next;
  if (!titleBlock || bulletStart.test(titleBlock.lines[0] ?? '')) return { refused: 'notACommunique' };
  const warnings: ImportWarning[] = [];
  // A title ends without a full stop, whatever the file printed.
  let title = joined(titleBlock.lines).replace(/(?<!\.)\.$/, '');
  if (title.length > contentLimits.title) {
    title = title.slice(0, contentLimits.title).trimEnd();
    warnings.push('titleCut');
  }
  if (!titleBefore) {
    at++;
    // A title typed as two paragraphs: capitals going on in capitals, or words going on in lower case.
    const more = blocks[at];
    const rest = joined(more?.lines ?? []);
    const caps = (line: string) => /\p{Lu}/u.test(line) && line === line.toUpperCase();
    if (more && rest.length <= 200 && !bulletStart.test(rest) && ((caps(title) && caps(rest)) || (!endsSentence.test(title) && /^\p{Ll}/u.test(rest)))) {
      title = `${title} ${rest}`.replace(/(?<!\.)\.$/, '').slice(0, contentLimits.title);
      at++;
    }
  }
  // A title printed twice (a web page's heading over the release's own), and a byline, go.
  while (at < blocks.length && (sameText(joined(blocks[at]?.lines ?? []), title) || byline.test(joined(blocks[at]?.lines ?? [])))) at++;

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
    // A list in the body (a dash at each line) keeps one item a paragraph rather than running them together.
    if (block.lines.length > 1 && block.lines.filter((line) => bulletStart.test(line)).length > 1) {
      let item = -1;
      for (const line of block.lines) {
        if (bulletStart.test(line) || item < 0) item = paragraphs.push(line) - 1;
        else paragraphs[item] = `${paragraphs[item]} ${line}`;
      }
      continue;
    }
    const paragraph = joined(block.lines);
    if (byline.test(paragraph)) continue;
    const previous = paragraphs.length - 1;
    // Cut by a page break: the text goes on in lower case after the letterhead, mid-sentence.
    if (block.afterBreak && previous >= 0 && /^\p{Ll}/u.test(paragraph) && !endsSentence.test(paragraphs[previous] ?? '')) {
      paragraphs[previous] = `${paragraphs[previous]} ${paragraph}`;
    } else paragraphs.push(paragraph);
  }

  const language: Language = dateline?.language ?? (/\b(the|and|of)\b/i.test(title) ? 'en' : 'es');
  if (!numberLine) warnings.push('noNumber');
  if (!dateline) warnings.push('noDateline');
  if (summary.length === 0) warnings.push('noSummary');
  if (!closed) warnings.push('noClosingMark');
  return {
    seriesLabel: numberLine?.label ?? null,
    number: numberLine?.number ?? null,
    language,
    place: dateline?.place ?? '',
    date: dateline?.date ?? null,
    title,
    // More bullets than a communiqué holds are kept as the body's first paragraphs rather than lost.
    summary: summary.slice(0, contentLimits.bullets).map((bullet) => bullet.slice(0, contentLimits.bullet)),
    body: [...summary.slice(contentLimits.bullets), ...paragraphs].join('\n\n'),
    warnings,
  };
}
