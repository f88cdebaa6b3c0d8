import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Content } from '../../../shared/domain/content';
import type { Language } from '../../../shared/domain/language';
import type { StyleIssue } from '../../../shared/style/StyleIssue';
import { useApi } from '../api/ApiContext';
import { dictionaryUrls } from '../spelling/dictionaryUrls';
import type { AnalysisResponse, TextCounts, UnknownWord } from './analysisProtocol';
import { afterKeyboardRests, keyboardRestMs } from './afterKeyboardRests';
import { analyze } from './analyze';

/** Rest of the keyboard before asking again for the suggestions a check left to find. */
const suggestionRoundMs = 600;

/** House style, counts and spelling of the pause-delayed snapshot, all worked out in the analysis worker. */
export function useAnalysis(content: Content | null, closingMark: string) {
  const api = useApi();
  const language: Language = content?.language ?? 'es';
  const [officeWords, setOfficeWords] = useState<string[] | null>(null);
  const [ignored, setIgnored] = useState<readonly string[]>([]);
  const [issues, setIssues] = useState<StyleIssue[]>([]);
  const [counts, setCounts] = useState<TextCounts | null>(null);
  const [unknown, setUnknown] = useState<UnknownWord[]>([]);
  const [bodyMarks, setBodyMarks] = useState<Int32Array>(() => new Int32Array(0));
  const [checking, setChecking] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);
  const run = useRef(0);
  // Counts the checks asked again for suggestions still to find (the text itself did not change).
  const [rounds, setRounds] = useState(0);

  useEffect(() => {
    setOfficeWords(null);
    void api.listOfficeWords({ language }).then((result) => setOfficeWords(result.ok ? result.value.map((entry) => entry.word) : []));
  }, [api, language]);

  useEffect(() => {
    if (!content || officeWords === null) return;
    const current = ++run.current;
    let cancelRound = () => {};
    let cancelShow = () => {};
    setChecking(true);
    // Rendered in the same task as the rest is found: a render left to later (a transition) was still running when the
    // next keys came, and committed between two of them.
    const show = (result: AnalysisResponse) =>
      current === run.current &&
      flushSync(() => {
        setChecking(false);
        if ('error' in result) return setFailure(result.error);
        setIssues(result.issues);
        setCounts(result.counts);
        if (result.unknown) setUnknown(result.unknown);
        if (result.bodyMarks) setBodyMarks(result.bodyMarks);
        setFailure(result.spellingError);
      });
    void analyze({ content, closingMark, dictionary: dictionaryUrls[language], officeWords, ignored: [...ignored] }).then((result) => {
      if (current !== run.current) return; // a newer text is already being checked
      if (!('error' in result) && result.suggestionsPending)
        cancelRound = afterKeyboardRests(suggestionRoundMs, () => current === run.current && setRounds((count) => count + 1));
      // The result lands whenever the worker is done, often as the person types again: it is shown once the keyboard
      // rests (the panels and marks lag, the keys do not).
      cancelShow = afterKeyboardRests(keyboardRestMs, () => show(result));
    });
    void rounds;
    return () => {
      cancelRound();
      cancelShow();
    };
  }, [content, closingMark, language, officeWords, ignored, rounds]);

  const addToOffice = useCallback(
    async (word: string) => {
      const result = await api.addOfficeWord({ language, word });
      if (result.ok) setOfficeWords(result.value.map((entry) => entry.word));
      return result;
    },
    [api, language],
  );
  const ignore = useCallback((word: string) => setIgnored((previous) => [...previous, word]), []);

  return { language, issues, counts, spelling: { entries: unknown, bodyMarks, checking, failure }, addToOffice, ignore };
}
