import type { Handlers } from '../api/Handlers';

/** The office dictionary: words every spellchecker on this store accepts. */
export const officeDictionaryService: Pick<Handlers, 'listOfficeWords' | 'addOfficeWord'> = {
  listOfficeWords: async ({ language }, { repos }) => await repos.officeWords.list(language),
  addOfficeWord: async (word, { repos, actor, now }) => {
    const at = now().toISOString();
    await repos.officeWords.add(word, actor.name, at);
    await repos.audit.append({ at, actor: actor.name, action: 'office-word-add', communiqueId: null, details: word });
    return await repos.officeWords.list(word.language);
  },
};
