import type { Language } from '../../../shared/domain/language';
import { dictionaryUrls } from './dictionaryUrls';
import type { SpellResponse } from './spellProtocol';

/** An unknown word and what the dictionary proposes instead. */
export interface UnknownWord {
  word: string;
  suggestions: string[];
}

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (response: SpellResponse) => void>();

/** Asks the spelling worker (started on first use) which of `words` the language's dictionary does not know. */
export function findUnknownWords(language: Language, words: string[], extra: string[], suggestFor = 30): Promise<UnknownWord[]> {
  worker ??= createWorker();
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    waiting.set(id, (response) => ('error' in response ? reject(new Error(response.error)) : resolve(response.unknown)));
    worker?.postMessage({ id, language, dictionary: dictionaryUrls[language], extra, words, suggestFor });
  });
}

function createWorker(): Worker {
  const created = new Worker(new URL('./spellWorker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<SpellResponse>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  return created;
}
