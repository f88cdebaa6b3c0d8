import type { RawBuilder } from 'kysely';
import { sql } from 'kysely';
import type { CommuniqueQuery } from '../../shared/domain/communiqueQuery';
import type { CommuniqueSummary } from '../../shared/domain/communique';
import { foldForSearch } from '../../shared/text/foldForSearch';
import type { SearchTerm } from '../../shared/text/searchQuery';
import { searchWords } from '../../shared/text/searchQuery';
import type { Engine } from '../db/Engine';
import { postgresRank, postgresSearchMatch } from '../db/postgres/postgresSearchMatch';
import type { SummaryRow } from './communiqueRepository';
import { summaryColumns, summaryJoin, toSummary } from './communiqueRepository';
import type { StoreQueries } from './StoreQueries';

/** The page size when none is asked for. */
export const defaultPageSize = 50;

/** An FTS5 query for parsed terms: every term quoted (no operator ever reaches the engine), prefixes with `*`. */
function ftsMatch(terms: readonly SearchTerm[]): string {
  return terms.map((term) => `"${term.words.join(' ')}"${term.kind === 'prefix' ? '*' : ''}`).join(' ');
}

/** Above this many communiqués the list's total is given as "more than". */
export const countCap = 10_000;
/**
 * Above this many matches for words, relevance gives way to the newest first and the total is given as "more than":
 * past it, counting phrase matches (which reads their positions) would cost more than the rest of the page.
 */
export const rankCap = 1_000;

/** How far a query's matches are counted: the list's, or a search's. */
const capOf = (withText: boolean) => (withText ? rankCap : countCap);

type Order = 'relevance' | 'recent' | 'updated' | 'date' | 'number';

/** Each order inside the page (`c` the communiqué, `rank` the relevance, `searched` the index's key) and again outside it. */
const orderBy = (order: Order, searched: string, outside: boolean): string =>
  ({
    relevance: `${outside ? 'p.rank' : 'rank'}, c.updated_at DESC, c.id DESC`,
    // The index's own order, newest first: FTS5 walks it and stops at the page, whatever the number of matches.
    recent: `${outside ? 'c.id' : searched} DESC`,
    updated: 'c.updated_at DESC, c.id DESC',
    date: 'c.date DESC NULLS LAST, c.id DESC',
    number: 'c.year DESC NULLS LAST, c.number DESC NULLS LAST, c.id DESC',
  })[order];

/** One page of communiqués by words, filters and order, from the engine's search index and the list columns; never the whole list. */
export function communiqueSearchRepository(db: StoreQueries, engine: Engine) {
  const searched = engine === 'sqlite' ? 's.rowid' : 's.id';
  return {
    /** A page of what matches, with each row's stored text (for its snippet), and how many match in all. */
    find: async (
      query: CommuniqueQuery,
      terms: readonly SearchTerm[],
    ): Promise<{ items: (CommuniqueSummary & { date: string; content: string })[]; total: number; totalIsFloor: boolean; newestFirst: boolean }> => {
      // The person quoted: their name's words as a phrase, in the index's field of people quoted only.
      const person = searchWords(foldForSearch(query.person ?? '')).slice(0, 8);
      const withText = terms.length > 0 || person.length > 0;
      const filters: RawBuilder<unknown>[] = [];
      if (query.series) filters.push(sql`c.series_id = ${query.series}`);
      if (query.status) filters.push(sql`c.status = ${query.status}`);
      if (query.language) filters.push(sql`c.language = ${query.language}`);
      if (query.year !== undefined) filters.push(sql`c.date >= ${`${query.year}-01-01`} AND c.date < ${`${query.year + 1}-01-01`}`);
      if (query.from) filters.push(sql`c.date >= ${query.from}`);
      if (query.to) filters.push(sql`c.date <= ${query.to}`);
      const match =
        engine === 'sqlite'
          ? sql`communique_search MATCH ${[...(terms.length > 0 ? [ftsMatch(terms)] : []), ...(person.length > 0 ? [`people : "${person.join(' ')}"`] : [])].join(' ')}`
          : sql`${postgresSearchMatch(terms, person, 's')}`;
      const where = [...(withText ? [match] : []), ...filters];
      const whereSql = where.length > 0 ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``;
      const matched = sql.raw(withText ? `communique_search s JOIN communiques c ON c.id = ${searched}` : 'communiques c');
      // The count needs no original's number; without filters, words are counted in the index alone.
      const counted = !withText ? sql.raw('communiques c') : filters.length > 0 ? matched : sql.raw('communique_search s');
      const cap = capOf(withText);
      const total = await sql<{
        total: number | string;
      }>`SELECT count(*) AS total FROM (SELECT 1 AS one FROM ${counted} ${whereSql} LIMIT ${cap + 1}) AS counted`.execute(db);
      const count = Number(total.rows[0]?.total ?? 0);
      const asked: Order = query.sort ?? (withText ? 'relevance' : 'updated');
      // Too many matches to rank them quickly: the newest first (the person is told, and more words rank them).
      const newestFirst = withText && asked === 'relevance' && count > rankCap;
      const sort: Order = newestFirst ? 'recent' : !withText && asked === 'relevance' ? 'updated' : asked;
      const rank =
        withText && sort === 'relevance'
          ? engine === 'sqlite'
            ? sql`, bm25(communique_search, 10.0, 4.0, 1.0, 2.0) AS rank`
            : sql`, ${postgresRank(terms, person, 's')} AS rank`
          : sql``;
      // The page's ids first, ordered without the stored texts; then only the page's rows are read whole, with the stored
      // text when words were asked for (it makes the extracts). SQLite's CROSS JOIN: the page drives, whatever the planner guesses.
      const { rows } = await sql<SummaryRow & { date: string; content: string }>`
        WITH page AS (
          SELECT c.id AS id${rank} FROM ${matched} ${whereSql} ORDER BY ${sql.raw(orderBy(sort, searched, false))}
          LIMIT ${query.limit ?? defaultPageSize} OFFSET ${query.offset ?? 0}
        )
        SELECT ${sql.raw(summaryColumns)}, c.date, ${sql.raw(withText ? 'c.content' : "'' AS content")}
        FROM page p ${sql.raw(engine === 'sqlite' ? 'CROSS JOIN' : 'JOIN')} communiques c ON c.id = p.id ${sql.raw(summaryJoin)}
        ORDER BY ${sql.raw(orderBy(sort, searched, true))}`.execute(db);
      return {
        items: rows.map((row) => ({ ...toSummary(row), date: row.date, content: row.content })),
        total: Math.min(count, cap),
        totalIsFloor: count > cap,
        newestFirst,
      };
    },
  };
}
