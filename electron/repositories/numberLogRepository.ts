import { sql } from 'kysely';
import type { NumberEntry } from '../../shared/domain/numberEntry';
import type { IssuedOutside } from '../../shared/domain/numbering';
import type { Engine } from '../db/Engine';
import { engineSql } from './engineSql';
import type { StoreQueries } from './StoreQueries';

/**
 * The number log: every number ever assigned or voided, per series and year. The next number is one past the highest
 * ever logged (voided ones included) or stated as issued outside, so numbers never repeat and never skip. Each series
 * and year has a counter row that an approval updates in its transaction: the engine's row lock makes two approvals
 * that meet take one number each, on PostgreSQL as on SQLite.
 */
export function numberLogRepository(db: StoreQueries, engine: Engine) {
  const { greatest } = engineSql(engine);
  const select = () =>
    db
      .selectFrom('number_log as n')
      .innerJoin('communiques as c', 'c.id', 'n.communique_id')
      .selectAll('n')
      .select(['c.title', 'c.status as communique_status']);
  // One past the highest number given here or stated as issued outside Redacta.
  const next = async (series: string, year: number): Promise<number> => {
    const { rows } = await sql<{ next: number | string }>`SELECT ${greatest(
      sql`coalesce((SELECT max(number) FROM number_log WHERE series_id = ${series} AND year = ${year}), 0)`,
      sql`coalesce((SELECT max(up_to) FROM numbers_issued_outside WHERE series_id = ${series} AND year = ${year}), 0)`,
    )} + 1 AS next`.execute(db);
    return Number(rows[0]?.next ?? 1);
  };
  const insert = async (series: string, year: number, number: number, communiqueId: number, versionId: number, by: string, at: string) => {
    await db
      .insertInto('number_log')
      .values({ series_id: series, year, number, communique_id: communiqueId, version_id: versionId, state: 'assigned', assigned_by: by, assigned_at: at })
      .execute();
  };
  return {
    /** The number the series would give next for the year (one past the highest ever logged). */
    next,
    /** What the office stated it issued outside Redacta for a series and year, oldest statement first. */
    issuedOutside: async (series: string, year: number): Promise<IssuedOutside[]> =>
      (
        await db
          .selectFrom('numbers_issued_outside')
          .select(['up_to', 'stated_by', 'stated_at', 'reason'])
          .where('series_id', '=', series)
          .where('year', '=', year)
          .orderBy('up_to')
          .execute()
      ).map((row) => ({ upTo: row.up_to, statedBy: row.stated_by, statedAt: row.stated_at, reason: row.reason })),
    /** Records that numbers up to `upTo` were issued outside Redacta: they are never given here. */
    stateIssuedOutside: async (series: string, year: number, upTo: number, by: string, at: string, reason: string): Promise<void> => {
      await db.insertInto('numbers_issued_outside').values({ series_id: series, year, up_to: upTo, stated_by: by, stated_at: at, reason }).execute();
    },
    /**
     * Assigns the series' next number for the year to a communiqué's approved version, and returns it. The counter row is
     * written first: an approval that meets another waits on its lock, then takes the number after it.
     */
    assignNext: async (series: string, year: number, communiqueId: number, versionId: number, by: string, at: string): Promise<number> => {
      const fromLog = await next(series, year);
      const { rows } = await sql<{ last_number: number }>`
        INSERT INTO number_counters (series_id, year, last_number) VALUES (${series}, ${year}, ${fromLog})
        ON CONFLICT (series_id, year) DO UPDATE SET last_number = ${greatest(sql`number_counters.last_number + 1`, sql`excluded.last_number`)}
        RETURNING last_number`.execute(db);
      const number = Number(rows[0]?.last_number);
      await insert(series, year, number, communiqueId, versionId, by, at);
      return number;
    },
    /** Records a number the office issued before (an imported communiqué's own), for the version that holds its text. */
    assign: insert,
    get: async (series: string, year: number, number: number): Promise<NumberEntry | undefined> => {
      const row = await select().where('n.series_id', '=', series).where('n.year', '=', year).where('n.number', '=', number).executeTakeFirst();
      return row && toEntry(row);
    },
    list: async (series: string, year: number): Promise<NumberEntry[]> =>
      (await select().where('n.series_id', '=', series).where('n.year', '=', year).orderBy('n.number').execute()).map(toEntry),
    /** The years a series has numbers in, newest first. */
    years: async (series: string): Promise<number[]> =>
      (await db.selectFrom('number_log').select('year').distinct().where('series_id', '=', series).orderBy('year', 'desc').execute()).map((row) => row.year),
    /** The number a communiqué holds now (assigned, not voided), if any. */
    assignedTo: async (communiqueId: number): Promise<NumberEntry | undefined> => {
      const row = await select().where('n.communique_id', '=', communiqueId).where('n.state', '=', 'assigned').executeTakeFirst();
      return row && toEntry(row);
    },
    /** Voids an assigned number; returns false if it was not assigned. */
    void: async (series: string, year: number, number: number, by: string, at: string, reason: string): Promise<boolean> => {
      const result = await db
        .updateTable('number_log')
        .set({ state: 'voided', voided_by: by, voided_at: at, void_reason: reason })
        .where('series_id', '=', series)
        .where('year', '=', year)
        .where('number', '=', number)
        .where('state', '=', 'assigned')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

function toEntry(row: {
  series_id: string;
  year: number;
  number: number;
  state: string;
  communique_id: number;
  title: string | null;
  communique_status: string;
  assigned_by: string;
  assigned_at: string;
  voided_by: string | null;
  voided_at: string | null;
  void_reason: string | null;
}): NumberEntry {
  return {
    series: row.series_id,
    year: row.year,
    number: row.number,
    state: row.state as NumberEntry['state'],
    communiqueId: row.communique_id,
    communiqueStatus: row.communique_status as NumberEntry['communiqueStatus'],
    title: row.title ?? '',
    assignedBy: row.assigned_by,
    assignedAt: row.assigned_at,
    voidedBy: row.voided_by,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
  };
}
