import type { Content } from '../../../shared/domain/content';
import type { StyleIssue } from '../../../shared/style/StyleIssue';
import type { WordOccurrence } from '../../../shared/text/wordsToCheck';
import type { BodyPatch } from './bodyPatch';

/** What the page hands the analysis worker after a pause: the text as it stands and what the checks need. */
export interface AnalysisRequest {
  id: number;
  content: Content;
  closingMark: string;
  /** Where the document language's Hunspell files are (served with the app). */
  dictionary: { aff: string; dic: string };
  /** The office dictionary's words for that language. */
  officeWords: string[];
  /** Words the person chose to ignore this session. */
  ignored: string[];
}

/**
 * What crosses to the worker: the request, its body without its blocks, and how the blocks changed since the last
 * request sent (a long body is not copied to the worker after each pause, only the blocks typed in).
 */
export interface AnalysisMessage extends Omit<AnalysisRequest, 'content'> {
  content: Content;
  bodyPatch: BodyPatch;
}

/** Word and character counts of the body and of the whole communiqué. */
export interface TextCounts {
  bodyWords: number;
  bodyCharacters: number;
  allWords: number;
  allCharacters: number;
}

/** An unknown word: its suggestions (for the first thirty), how often and where it first occurs. */
export interface UnknownWord {
  word: string;
  suggestions: string[];
  count: number;
  first: WordOccurrence;
}

/** What the worker answers: house style, counts, spelling (spelling may fail alone, e.g. a dictionary that did not load). */
export type AnalysisResponse =
  | {
      id: number;
      issues: StyleIssue[];
      counts: TextCounts;
      unknown: UnknownWord[] | null;
      /** Every unknown word in the body as (from, to, index in `unknown`), by position: transferred, not copied. */
      bodyMarks: Int32Array | null;
      /** Some listed words still lack suggestions (each check looks for a few): ask again soon for the rest. */
      suggestionsPending: boolean;
      spellingError: string | null;
    }
  | { id: number; error: string };
