import { useCallback, useEffect, useRef, useState } from 'react';
import type { Content } from '../../../shared/domain/content';
import type { Language } from '../../../shared/domain/language';
import { textUnits } from '../../../shared/style/textUnits';
import type { WordOccurrence } from '../../../shared/text/wordsToCheck';
import { wordsToCheck } from '../../../shared/text/wordsToCheck';
import { useApi } from '../api/ApiContext';
import { findUnknownWords } from './spellChecker';

/** An unknown word of the communiqué: where it occurs and what the dictionary proposes. */
export interface SpellingEntry {
  word: string;
  suggestions: string[];
  occurrences: WordOccurrence[];
}

/** Spelling of the pause-delayed snapshot, checked in a worker against the bundled and the office dictionaries. */
export function useSpelling(content: Content | null) {
  const api = useApi();
  const language: Language = content?.language ?? 'es';
  const [officeWords, setOfficeWords] = useState<string[] | null>(null);
  const [entries, setEntries] = useState<SpellingEntry[]>([]);
  const [checking, setChecking] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const run = useRef(0);

  useEffect(() => {
    setOfficeWords(null);
    void api.listOfficeWords({ language }).then((result) => setOfficeWords(result.ok ? result.value.map((entry) => entry.word) : []));
  }, [api, language]);

  useEffect(() => {
    if (!content || officeWords === null) return;
    const current = ++run.current;
    const occurrences = wordsToCheck(textUnits(content), language).filter((occurrence) => !ignored.has(occurrence.word));
    const distinct = [...new Set(occurrences.map((occurrence) => occurrence.word))];
    setChecking(true);
    findUnknownWords(language, distinct, officeWords)
      .then((unknown) => {
        if (current !== run.current) return;
        setEntries(unknown.map(({ word, suggestions }) => ({ word, suggestions, occurrences: occurrences.filter((o) => o.word === word) })));
        setFailure(null);
      })
      .catch((error: unknown) => current === run.current && setFailure(error instanceof Error ? error.message : String(error)))
      .finally(() => current === run.current && setChecking(false));
  }, [content, language, officeWords, ignored]);

  const addToOffice = useCallback(
    async (word: string) => {
      const result = await api.addOfficeWord({ language, word });
      if (result.ok) setOfficeWords(result.value.map((entry) => entry.word));
      return result;
    },
    [api, language],
  );
  const ignore = useCallback((word: string) => setIgnored((previous) => new Set([...previous, word])), []);

  return { language, entries, checking, failure, addToOffice, ignore };
}
