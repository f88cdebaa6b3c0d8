import { sql } from 'kysely';
import type { Content } from '../../shared/domain/content';
import { foldedSearchText } from '../../shared/text/searchableText';
import type { Engine } from '../db/Engine';
import { indexedWords } from '../db/postgres/postgresSearchMatch';
import type { StoreQueries } from './StoreQueries';

/** Puts a communiqué's folded words in the engine's search index (FTS5's table on SQLite, the tsvector table on PostgreSQL), in place of what it held. */
export function searchIndex(db: StoreQueries, engine: Engine) {
  return async (id: number, content: Content): Promise<void> => {
    const text = foldedSearchText(content);
    if (engine === 'sqlite') {
      await sql`DELETE FROM communique_search WHERE rowid = ${id}`.execute(db);
      await sql`INSERT INTO communique_search (rowid, title, summary, body, people) VALUES (${id}, ${text.title}, ${text.summary}, ${text.body}, ${text.people})`.execute(
        db,
      );
      return;
    }
    // Words one space apart: PostgreSQL's parser then splits them where FTS5 does (postgresSearchMatch).
    const words = { title: indexedWords(text.title), summary: indexedWords(text.summary), body: indexedWords(text.body), people: indexedWords(text.people) };
    await db
      .insertInto('communique_search')
      .values({ id, ...words })
      .onConflict((conflict) => conflict.column('id').doUpdateSet(words))
      .execute();
  };
}
