import nspell from 'nspell';
import type { SpellRequest, SpellResponse } from './spellProtocol';

/** The worker's own global scope, as much of it as this file uses. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SpellRequest>) => void) | null;
  postMessage(message: SpellResponse): void;
};

// Hunspell checking (nspell) away from the page: loading a dictionary takes most of a second, never on the typing path.
const checkers = new Map<string, Promise<ReturnType<typeof nspell>>>();
const added = new Map<string, Set<string>>();
// Per language: the verdict on each word and the suggestions for unknown ones, so a pause only checks new words.
const verdicts = new Map<string, Map<string, boolean>>();
const suggestions = new Map<string, Map<string, string[]>>();

async function checkerFor(request: SpellRequest) {
  let checker = checkers.get(request.language);
  if (!checker) {
    checker = Promise.all([fetch(request.dictionary.aff), fetch(request.dictionary.dic)])
      .then(([aff, dic]) => Promise.all([aff.text(), dic.text()]))
      .then(([aff, dic]) => nspell(aff, dic));
    checkers.set(request.language, checker);
  }
  const ready = await checker;
  const known = added.get(request.language) ?? new Set<string>();
  for (const word of request.extra) {
    if (known.has(word)) continue;
    ready.add(word);
    known.add(word);
    verdicts.get(request.language)?.delete(word);
  }
  added.set(request.language, known);
  return ready;
}

scope.onmessage = async (event: MessageEvent<SpellRequest>) => {
  const request = event.data;
  try {
    const checker = await checkerFor(request);
    const verdict = verdicts.get(request.language) ?? new Map<string, boolean>();
    verdicts.set(request.language, verdict);
    const suggested = suggestions.get(request.language) ?? new Map<string, string[]>();
    suggestions.set(request.language, suggested);
    const correct = (word: string) => {
      const known = verdict.get(word) ?? checker.correct(word);
      verdict.set(word, known);
      return known;
    };
    const suggest = (word: string) => {
      const found = suggested.get(word) ?? checker.suggest(word).slice(0, 5);
      suggested.set(word, found);
      return found;
    };
    const unknown = request.words.filter((word) => !correct(word));
    const answer: SpellResponse = {
      id: request.id,
      unknown: unknown.map((word, index) => ({ word, suggestions: index < request.suggestFor ? suggest(word) : [] })),
    };
    scope.postMessage(answer);
  } catch (error) {
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
};
