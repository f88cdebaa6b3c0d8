import type { Content } from '../../../shared/domain/content';
import { foldedSearchText } from '../../../shared/text/searchableText';
import { eachCommuniqueContent } from '../eachCommuniqueContent';
import type { Migration } from '../Migration';

/**
 * The search index gains the people each text quotes (found in `shared/`), so the list can be filtered by them; and
 * indexes of word starts of 3 to 6 letters, so `tec*` reads one list instead of every word that starts so.
 */
export const quotedPeopleIndex: Migration = {
  version: 10,
  name: 'people quoted and word starts in the search index',
  up(db) {
    db.exec(`
      DROP TABLE communique_search;
      CREATE VIRTUAL TABLE communique_search USING fts5(title, summary, body, people, tokenize = 'unicode61 remove_diacritics 0', prefix = '3 4 5 6');
    `);
    const index = db.prepare('INSERT INTO communique_search (rowid, title, summary, body, people) VALUES (?, ?, ?, ?, ?)');
    eachCommuniqueContent(db, (id, content) => {
      const text = foldedSearchText(JSON.parse(content) as Pick<Content, 'title' | 'summary' | 'body'>);
      index.run(id, text.title, text.summary, text.body, text.people);
    });
  },
};
