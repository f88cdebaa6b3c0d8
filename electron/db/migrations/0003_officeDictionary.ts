import type { Migration } from '../Migration';

/** The office's own words (names, places, acronyms) that the spelling dictionaries do not know. */
export const officeDictionary: Migration = {
  version: 3,
  name: 'office dictionary',
  up(db) {
    db.exec(`
      CREATE TABLE office_words (
        language TEXT NOT NULL CHECK (language IN ('es', 'en')),
        word TEXT NOT NULL CHECK (length(word) BETWEEN 1 AND 60),
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (language, word)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
