import type { Handlers } from '../api/Handlers';

/** The office dictionary: words every spellchecker on this store accepts. */
export const officeDictionaryService: Pick<Handlers, 'listOfficeWords' | 'addOfficeWord'> = {
  listOfficeWords: ({ language }, { repos }) => repos.officeWords.list(language),
  addOfficeWord: async (word, { repos, actor, now }) => {
    const at = now().toISOString();
    await repos.officeWords.add(word, actor.name, at);
    repos.audit.append({ at, actor: actor.name, action: 'office-word-add', communiqueId: null, details: word });
    return repos.officeWords.list(word.language);
  },
};
