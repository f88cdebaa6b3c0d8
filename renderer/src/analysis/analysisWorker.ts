import nspell from 'nspell';
import { bodyToPlainText } from '../../../shared/body/bodyToPlainText';
import { printLabels } from '../../../shared/print/printLabels';
import { checkHouseStyle } from '../../../shared/style/checkHouseStyle';
import { textUnits } from '../../../shared/style/textUnits';
import { countCharacters, countWords } from '../../../shared/text/countWords';
import { pressVocabulary } from '../../../shared/text/pressVocabulary';
import { wordsToCheck } from '../../../shared/text/wordsToCheck';
import type { AnalysisRequest, AnalysisResponse, UnknownWord } from './analysisProtocol';

// Everything the composer checks that needs no DOM runs here, away from the typing path: house style, counts and
// spelling (nspell; loading a dictionary takes most of a second).

/** The worker's own global scope, as much of it as this file uses. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
};

interface Speller {
  checker: ReturnType<typeof nspell>;
  added: Set<string>;
  verdicts: Map<string, boolean>;
  suggestions: Map<string, string[]>;
}
const spellers = new Map<string, Promise<Speller>>();

async function spellerFor(request: AnalysisRequest): Promise<Speller> {
  let pending = spellers.get(request.dictionary.aff);
  if (!pending) {
    pending = Promise.all([fetch(request.dictionary.aff), fetch(request.dictionary.dic)])
      .then(([aff, dic]) => Promise.all([aff.text(), dic.text()]))
      .then(([aff, dic]) => {
        const checker = nspell(aff, dic);
        // The press vocabulary the bundled dictionaries lack, on every desk.
        for (const word of pressVocabulary[request.content.language]) checker.add(word);
        return { checker, added: new Set<string>(), verdicts: new Map(), suggestions: new Map() };
      });
    spellers.set(request.dictionary.aff, pending);
  }
  const speller = await pending;
  for (const word of request.officeWords) {
    if (speller.added.has(word)) continue;
    speller.checker.add(word);
    speller.added.add(word);
    speller.verdicts.delete(word);
  }
  return speller;
}

async function spelling(request: AnalysisRequest): Promise<UnknownWord[]> {
  const speller = await spellerFor(request);
  const ignored = new Set(request.ignored);
  const occurrences = wordsToCheck(textUnits(request.content), request.content.language).filter((occurrence) => !ignored.has(occurrence.word));
  const byWord = new Map<string, typeof occurrences>();
  for (const occurrence of occurrences) byWord.set(occurrence.word, [...(byWord.get(occurrence.word) ?? []), occurrence]);
  const unknown = [...byWord.keys()].filter((word) => {
    const known = speller.verdicts.get(word) ?? speller.checker.correct(word);
    speller.verdicts.set(word, known);
    return !known;
  });
  return unknown.map((word, index) => {
    let found = speller.suggestions.get(word);
    if (!found && index < 30) {
      found = speller.checker.suggest(word).slice(0, 5);
      speller.suggestions.set(word, found);
    }
    return { word, suggestions: found ?? [], occurrences: byWord.get(word) ?? [] };
  });
}

scope.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  try {
    const { content } = request;
    const issues = checkHouseStyle(content, request.closingMark);
    const body = bodyToPlainText(content.body, printLabels[content.language].image);
    const all = [content.title, ...content.summary, body].join('\n');
    const counts = { bodyWords: countWords(body), bodyCharacters: countCharacters(body), allWords: countWords(all), allCharacters: countCharacters(all) };
    let unknown: UnknownWord[] | null = null;
    let spellingError: string | null = null;
    try {
      unknown = await spelling(request);
    } catch (error) {
      spellingError = error instanceof Error ? error.message : String(error);
    }
    scope.postMessage({ id: request.id, issues, counts, unknown, spellingError });
  } catch (error) {
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
};
