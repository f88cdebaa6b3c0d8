import type { BlockNode } from '../body/bodyNode';
import type { Language } from '../domain/language';
import type { LetterheadDefinition } from '../domain/letterhead';
import type { PaperLabels } from './printLabels';

/** Everything one printed communiqué shows, already worded: what the preview, the PDF and the DOCX lay out. */
export interface PrintDocument {
  language: Language;
  letterhead: LetterheadDefinition;
  numberLine: string;
  dateline: string;
  title: string;
  summary: string[];
  /** The body as the closed union every exporter walks. */
  body: BlockNode[];
  closingMark: string;
  /** Unapproved text: every page carries the draft mark. */
  draft: boolean;
  labels: PaperLabels;
}
