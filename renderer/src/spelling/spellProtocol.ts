import type { Language } from '../../../shared/domain/language';

/** What the page asks the spelling worker. */
export type SpellRequest = {
  id: number;
  language: Language;
  /** Where the language's Hunspell files are (served with the app). */
  dictionary: { aff: string; dic: string };
  /** The office dictionary's words for that language. */
  extra: string[];
  /** Distinct words to check. */
  words: string[];
  /** How many unknown words get suggestions (suggesting is the slow part). */
  suggestFor: number;
};

/** What the worker answers: the unknown words, with suggestions for the first of them. */
export type SpellResponse = { id: number; unknown: { word: string; suggestions: string[] }[] } | { id: number; error: string };
