import nspell from 'nspell';
import { bodyToPlainText } from '../../../shared/body/bodyToPlainText';
import { printLabels } from '../../../shared/print/printLabels';
import { checkHouseStyle } from '../../../shared/style/checkHouseStyle';
import { textUnits } from '../../../shared/style/textUnits';
import { countCharacters, countWords } from '../../../shared/text/countWords';
import { pressVocabulary } from '../../../shared/text/pressVocabulary';
import { wordsToCheck } from '../../../shared/text/wordsToCheck';
import type { BodyNodeJson } from '../../../shared/body/bodyJson';
import type { AnalysisMessage, AnalysisRequest, AnalysisResponse, UnknownWord } from './analysisProtocol';
import { applyBodyPatch } from './bodyPatch';

// Everything the composer checks that needs no DOM runs here, away from the typing path: house style, counts and
// spelling (nspell; loading a dictionary takes most of a second).

/** The worker's own global scope, as much of it as this file uses. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisMessage>) => void) | null;
  postMessage(message: AnalysisResponse, transfer: Transferable[]): void;
};

/** At most this many new words get suggestions per check, and no more once this much time has gone. */
const suggestionsPerCheck = 6;
const suggestionBudgetMs = 60;

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

async function spelling(request: AnalysisRequest): Promise<{ unknown: UnknownWord[]; bodyMarks: Int32Array; suggestionsPending: boolean }> {
  const speller = await spellerFor(request);
  const ignored = new Set(request.ignored);
  const occurrences = wordsToCheck(textUnits(request.content), request.content.language).filter((occurrence) => !ignored.has(occurrence.word));
  const byWord = new Map<string, typeof occurrences>();
  for (const occurrence of occurrences) {
    const where = byWord.get(occurrence.word);
    if (where) where.push(occurrence);
    else byWord.set(occurrence.word, [occurrence]);
  }
  const unknown = [...byWord.keys()].filter((word) => {
    const known = speller.verdicts.get(word) ?? speller.checker.correct(word);
    speller.verdicts.set(word, known);
    return !known;
  });
  // Suggestions are slow to find (nspell tries every edit of the word): a few per check, within a time budget, so a
  // text full of unknown words never keeps a core busy while the person types; later checks find the rest.
  const started = performance.now();
  let looked = 0;
  const entries = unknown.map((word, index) => {
    let found = speller.suggestions.get(word);
    if (!found && index < 30 && looked < suggestionsPerCheck && performance.now() - started < suggestionBudgetMs) {
      looked++;
      found = speller.checker.suggest(word).slice(0, 5);
      speller.suggestions.set(word, found);
    }
    const where = byWord.get(word) ?? [];
    return { word, suggestions: found ?? [], count: where.length, first: where[0] as UnknownWord['first'] };
  });
  // The body's marks, by position: the editor draws only those on screen, so it needs them packed, not as objects.
  const indexOf = new Map(unknown.map((word, index) => [word, index]));
  const marks = occurrences.filter((occurrence) => occurrence.field === 'body' && indexOf.has(occurrence.word));
  const bodyMarks = new Int32Array(marks.length * 3);
  for (const [at, occurrence] of marks.entries()) bodyMarks.set([occurrence.from, occurrence.to, indexOf.get(occurrence.word) ?? 0], at * 3);
  const suggestionsPending = entries.some((entry, index) => index < 30 && !speller.suggestions.has(entry.word));
  return { unknown: entries, bodyMarks, suggestionsPending };
}

/** The body's blocks as of the last request: each request says only how they changed. */
let blocks: BodyNodeJson[] = [];

scope.onmessage = async (event: MessageEvent<AnalysisMessage>) => {
  const { bodyPatch, ...message } = event.data;
  // First, before anything can fail: the next request's patch is against these blocks.
  blocks = applyBodyPatch(blocks, bodyPatch);
  const fullBody = blocks.length > 0 ? { ...message.content.body, content: blocks } : message.content.body;
  const request: AnalysisRequest = { ...message, content: { ...message.content, body: fullBody } };
  try {
    const { content } = request;
    const issues = checkHouseStyle(content, request.closingMark);
    const body = bodyToPlainText(content.body, printLabels[content.language].image);
    const all = [content.title, ...content.summary, body].join('\n');
    const counts = { bodyWords: countWords(body), bodyCharacters: countCharacters(body), allWords: countWords(all), allCharacters: countCharacters(all) };
    let found: { unknown: UnknownWord[]; bodyMarks: Int32Array; suggestionsPending: boolean } | null = null;
    let spellingError: string | null = null;
    try {
      found = await spelling(request);
    } catch (error) {
      spellingError = error instanceof Error ? error.message : String(error);
    }
    const response: AnalysisResponse = {
      id: request.id,
      issues,
      counts,
      unknown: found?.unknown ?? null,
      bodyMarks: found?.bodyMarks ?? null,
      suggestionsPending: found?.suggestionsPending ?? false,
      spellingError,
    };
    scope.postMessage(response, found ? [found.bodyMarks.buffer] : []);
  } catch (error) {
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }, []);
  }
};
