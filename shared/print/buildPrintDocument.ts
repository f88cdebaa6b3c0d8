import { readBody } from '../body/readBody';
import type { Content } from '../domain/content';
import type { LetterheadDefinition } from '../domain/letterhead';
import type { Series } from '../domain/series';
import { formatDateline } from '../format/formatDateline';
import { formatNumberLine } from '../format/formatNumberLine';
import { printLabels } from './printLabels';
import type { PrintDocument } from './PrintDocument';

/** What a print is made from. */
export interface PrintSource {
  content: Content;
  series: Series;
  letterhead: LetterheadDefinition;
  /** The assigned number, or null before approval. */
  number: number | null;
  draft: boolean;
  /** A translation carries its original's number: before the original has one, the page says so. */
  translation: boolean;
}

/** Words a communiqué for the page: number line, dateline, closing mark and labels in the document's language. */
export function buildPrintDocument({ content, series, letterhead, number, draft, translation }: PrintSource): PrintDocument {
  const labels = printLabels[content.language];
  return {
    language: content.language,
    letterhead,
    numberLine: formatNumberLine(series, content.language, draft ? null : number, translation ? labels.originalNumberPending : labels.numberPending),
    dateline: formatDateline(content.place, content.date, content.language),
    title: content.title,
    summary: content.summary.filter((bullet) => bullet.trim() !== ''),
    body: readBody(content.body),
    closingMark: letterhead.closingMarks[content.language],
    draft,
    labels,
  };
}
