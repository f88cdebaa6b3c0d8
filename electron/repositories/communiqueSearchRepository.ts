import type { Database, Statement } from 'better-sqlite3';
import type { CommuniqueQuery } from '../../shared/domain/communiqueQuery';
import type { CommuniqueSummary } from '../../shared/domain/communique';
import { foldForSearch } from '../../shared/text/foldForSearch';
import type { SearchTerm } from '../../shared/text/searchQuery';
import { searchWords } from '../../shared/text/searchQuery';
import type { SummaryRow } from './communiqueRepository';
import { summaryColumns, summaryJoin, toSummary } from './communiqueRepository';

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

const orderBy = {
  relevance: 'rank, c.updated_at DESC, c.id DESC',
  // The index's own order, newest first: FTS5 walks it and stops at the page, whatever the number of matches.
  recent: 's.rowid DESC',
  updated: 'c.updated_at DESC, c.id DESC',
  date: 'c.date DESC, c.id DESC',
  number: 'c.year DESC NULLS LAST, c.number DESC NULLS LAST, c.id DESC',
} as const;

/** One page of communiqués by words, filters and order, from the FTS5 index and the list columns; never the whole list. */
export function communiqueSearchRepository(db: Database) {
  const statements = new Map<string, { page: Statement; count: Statement }>();
  // Prepared once per shape of query (which filters are present, with words or not, which order).
  const prepared = (withText: boolean, filters: string[], sort: keyof typeof orderBy) => {
    // Too many matches to rank them quickly: the newest first (the person is told, and more words rank them).
    const key = `${withText}|${filters.join(',')}|${sort}`;
    let found = statements.get(key);
    if (!found) {
      const matched = withText ? 'communique_search s JOIN communiques c ON c.id = s.rowid' : 'communiques c';
      // The count needs no original's number: no join to it.
      // Without filters, words are counted in the index alone.
      const counted = !withText ? 'communiques c' : filters.length > 0 ? matched : 'communique_search';
      const where = [...(withText ? ['communique_search MATCH @match'] : []), ...filters];
      const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const rank = withText && sort === 'relevance' ? ', bm25(communique_search, 10.0, 4.0, 1.0, 2.0) AS rank' : '';
      const order = !withText && (sort === 'relevance' || sort === 'recent') ? orderBy.updated : orderBy[sort];
      found = {
        // The page's ids first, ordered without the stored texts; then only the page's rows are read whole, with the stored
        // text when words were asked for (it makes the extracts). CROSS JOIN: the page drives, whatever the planner guesses.
        page: db.prepare(
          `WITH page AS (SELECT c.id AS id${rank} FROM ${matched} ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset)
           SELECT ${summaryColumns}, c.date${withText ? ', c.content' : ", '' AS content"} FROM page p CROSS JOIN communiques c ON c.id = p.id ${summaryJoin}
           ORDER BY ${order.replace('rank', 'p.rank').replace('s.rowid', 'c.id')}`,
        ),
        count: db.prepare(`SELECT count(*) AS total FROM (SELECT 1 FROM ${counted} ${whereSql} LIMIT ${capOf(withText) + 1})`),
      };
      statements.set(key, found);
    }
    return found;
  };

  return {
    /** A page of what matches, with each row's stored text (for its snippet), and how many match in all. */
    find: (
      query: CommuniqueQuery,
      terms: readonly SearchTerm[],
    ): { items: (CommuniqueSummary & { date: string; content: string })[]; total: number; totalIsFloor: boolean; newestFirst: boolean } => {
      const filters: string[] = [];
      const values: Record<string, string | number> = { limit: query.limit ?? defaultPageSize, offset: query.offset ?? 0 };
      // The person quoted: their name's words as a phrase, in the index's column of people quoted only.
      const person = searchWords(foldForSearch(query.person ?? '')).slice(0, 8);
      const match = [...(terms.length > 0 ? [ftsMatch(terms)] : []), ...(person.length > 0 ? [`people : "${person.join(' ')}"`] : [])];
      if (match.length > 0) values.match = match.join(' ');
      const where = (sql: string, named: Record<string, string | number>) => {
        filters.push(sql);
        Object.assign(values, named);
      };
      if (query.series) where('c.series_id = @series', { series: query.series });
      if (query.status) where('c.status = @status', { status: query.status });
      if (query.language) where('c.language = @language', { language: query.language });
      if (query.year !== undefined)
        where('c.date >= @yearStart AND c.date < @yearEnd', { yearStart: `${query.year}-01-01`, yearEnd: `${query.year + 1}-01-01` });
      if (query.from) where('c.date >= @from', { from: query.from });
      if (query.to) where('c.date <= @to', { to: query.to });
      const withText = match.length > 0;
      const asked = query.sort ?? (withText ? 'relevance' : 'updated');
      const { limit: _limit, offset: _offset, ...countValues } = values;
      const counted = (prepared(withText, filters, asked).count.get(countValues) as { total: number }).total;
      const newestFirst = withText && asked === 'relevance' && counted > rankCap;
      const rows = prepared(withText, filters, newestFirst ? 'recent' : asked).page.all(values) as (SummaryRow & { date: string; content: string })[];
      return {
        items: rows.map((row) => ({ ...toSummary(row), date: row.date, content: row.content })),
        total: Math.min(counted, capOf(withText)),
        totalIsFloor: counted > capOf(withText),
        newestFirst,
      };
    },
  };
}
