import type { Handlers } from '../api/Handlers';
import { auditRepository } from '../repositories/auditRepository';
import { officeWordRepository } from '../repositories/officeWordRepository';

/** The office dictionary: words every spellchecker on this store accepts. */
export const officeDictionaryService: Pick<Handlers, 'listOfficeWords' | 'addOfficeWord'> = {
  listOfficeWords: ({ language }, { db }) => officeWordRepository(db).list(language),
  addOfficeWord: (word, { db, actor, now }) => {
    const at = now().toISOString();
    db.transaction(() => {
      officeWordRepository(db).add(word, actor.name, at);
      auditRepository(db).append({ at, actor: actor.name, action: 'office-word-add', communiqueId: null, details: word });
    }).immediate();
    return officeWordRepository(db).list(word.language);
  },
};
