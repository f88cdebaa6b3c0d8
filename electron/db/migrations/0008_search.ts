import type { Content } from '../../../shared/domain/content';
import { foldForSearch } from '../../../shared/text/foldForSearch';
import { searchableText } from '../../../shared/text/searchableText';
import { eachCommuniqueContent } from '../eachCommuniqueContent';
import type { Migration } from '../Migration';

/**
 * Finding any word: each communiqué's working text, folded once in `shared/` (accents off, ñ kept), in an FTS5 index
 * whose row id is the communiqué's id; and the date as a column, to filter and sort by it.
 */
export const search: Migration = {
  version: 8,
  name: 'search',
  up(db) {
    db.exec(`
      ALTER TABLE communiques ADD COLUMN date TEXT GENERATED ALWAYS AS (json_extract(content, '$.date')) VIRTUAL;
      CREATE INDEX communiques_by_date ON communiques (date DESC, id DESC);
      CREATE INDEX communiques_by_number ON communiques (year DESC, number DESC, id DESC);
      CREATE VIRTUAL TABLE communique_search USING fts5(title, summary, body, tokenize = 'unicode61 remove_diacritics 0');
    `);
    const index = db.prepare('INSERT INTO communique_search (rowid, title, summary, body) VALUES (?, ?, ?, ?)');
    eachCommuniqueContent(db, (id, content) => {
      const text = searchableText(JSON.parse(content) as Pick<Content, 'title' | 'summary' | 'body'>);
      index.run(id, foldForSearch(text.title), foldForSearch(text.summary), foldForSearch(text.body));
    });
  },
};
