import type { Database } from 'better-sqlite3';
import type { Language } from '../../shared/domain/language';
import type { OfficeWord } from '../../shared/domain/officeWord';

/** Stores the office dictionary. */
export function officeWordRepository(db: Database) {
  const all = db.prepare<[], OfficeWord>('SELECT language, word FROM office_words ORDER BY language, word');
  const byLanguage = db.prepare<[string], OfficeWord>('SELECT language, word FROM office_words WHERE language = ? ORDER BY word');
  const insert = db.prepare('INSERT OR IGNORE INTO office_words (language, word, added_by, added_at) VALUES (?, ?, ?, ?)');
  return {
    /** Every word, or those of one language. */
    list: (language?: Language): OfficeWord[] => (language ? byLanguage.all(language) : all.all()),
    /** Adds a word; adding it twice changes nothing. */
    add: (word: OfficeWord, actor: string, at: string): void => {
      insert.run(word.language, word.word, actor, at);
    },
  };
}
