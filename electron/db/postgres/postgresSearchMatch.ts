import type { Expression, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { SearchTerm } from '../../../shared/text/searchQuery';
import { searchWords } from '../../../shared/text/searchQuery';

/**
 * A folded text as PostgreSQL indexes it: its runs of letters and digits one space apart, so that its parser splits
 * words exactly where SQLite's FTS5 does ("4.0", "e-mail" and "prensa@ipn.mx" become plain words on both).
 */
export const indexedWords = (folded: string): string => searchWords(folded).join(' ');

/** One term as a tsquery: words are only ever letters and digits, so nothing but `<->` and `:*` reaches the parser. */
const tsquery = (term: SearchTerm): string => (term.kind === 'prefix' ? `${term.words[0]}:*` : term.words.join(' <-> '));

/** Vectors of the fields a phrase may lie in: a phrase never runs from one field into the next, as in FTS5. */
const fields = ['title_words', 'summary_words', 'body_words', 'people_words'] as const;

/**
 * The search's condition on PostgreSQL's search table (`alias`), answering as SQLite's FTS5 query does: every term
 * somewhere in the communiqué (the GIN-indexed `words`), a phrase within one field, and the person quoted (their name's
 * words as a phrase) among the people only.
 */
export function postgresSearchMatch(terms: readonly SearchTerm[], person: readonly string[], alias: string): Expression<SqlBool> {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const conditions = terms.map((term) => {
    const query = sql`to_tsquery('simple', ${tsquery(term)})`;
    const anywhere = sql<SqlBool>`${column('words')} @@ ${query}`;
    if (term.kind !== 'phrase') return anywhere;
    return sql<SqlBool>`(${anywhere} AND (${sql.join(
      fields.map((field) => sql`${column(field)} @@ ${query}`),
      sql` OR `,
    )}))`;
  });
  if (person.length > 0) conditions.push(sql<SqlBool>`${column('people_words')} @@ to_tsquery('simple', ${person.join(' <-> ')})`);
  return conditions.length === 0 ? sql<SqlBool>`true` : sql<SqlBool>`(${sql.join(conditions, sql` AND `)})`;
}

/**
 * Relevance on PostgreSQL, lower first as FTS5's bm25 orders: the terms' weighted rank with a title word worth ten of the
 * body's, a summary's four, a person's two (the weights bm25 gives the same fields on SQLite), the person quoted
 * counted as FTS5 counts it; 0 with neither.
 */
export function postgresRank(terms: readonly SearchTerm[], person: readonly string[], alias: string): Expression<number> {
  const parts = [...terms.map(tsquery), ...(person.length > 0 ? [person.join(' <-> ')] : [])];
  if (parts.length === 0) return sql<number>`0`;
  return sql<number>`-ts_rank('{0.1, 0.2, 0.4, 1.0}', ${sql.ref(`${alias}.words`)}, to_tsquery('simple', ${parts.join(' & ')}))`;
}
