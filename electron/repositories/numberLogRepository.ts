import type { Database } from 'better-sqlite3';
import type { NumberEntry } from '../../shared/domain/numberEntry';
import type { IssuedOutside } from '../../shared/domain/numbering';

interface NumberRow {
  series_id: string;
  year: number;
  number: number;
  state: NumberEntry['state'];
  communique_id: number;
  title: string | null;
  communique_status: NumberEntry['communiqueStatus'];
  assigned_by: string;
  assigned_at: string;
  voided_by: string | null;
  voided_at: string | null;
  void_reason: string | null;
}

const select = `SELECT n.*, c.title, c.status AS communique_status FROM number_log n JOIN communiques c ON c.id = n.communique_id`;

/**
 * The number log: every number ever assigned or voided, per series and year. The next number is one past the highest
 * ever logged, voided ones included, so numbers never repeat and never skip; call it inside the approval's
 * IMMEDIATE transaction so two processes cannot take the same one.
 */
export function numberLogRepository(db: Database) {
  // One past the highest number given here or stated as issued outside Redacta.
  const next = db.prepare<{ series: string; year: number }, { next: number }>(
    `SELECT max(
       coalesce((SELECT max(number) FROM number_log WHERE series_id = :series AND year = :year), 0),
       coalesce((SELECT max(up_to) FROM numbers_issued_outside WHERE series_id = :series AND year = :year), 0)
     ) + 1 AS next`,
  );
  const outside = db.prepare<[string, number], { up_to: number; stated_by: string; stated_at: string; reason: string }>(
    'SELECT up_to, stated_by, stated_at, reason FROM numbers_issued_outside WHERE series_id = ? AND year = ? ORDER BY up_to',
  );
  const stateOutside = db.prepare('INSERT INTO numbers_issued_outside (series_id, year, up_to, stated_by, stated_at, reason) VALUES (?, ?, ?, ?, ?, ?)');
  const insert = db.prepare(
    `INSERT INTO number_log (series_id, year, number, communique_id, version_id, state, assigned_by, assigned_at)
     VALUES (?, ?, ?, ?, ?, 'assigned', ?, ?)`,
  );
  const entry = db.prepare<[string, number, number], NumberRow>(`${select} WHERE n.series_id = ? AND n.year = ? AND n.number = ?`);
  const list = db.prepare<[string, number], NumberRow>(`${select} WHERE n.series_id = ? AND n.year = ? ORDER BY n.number`);
  const years = db.prepare<[string], { year: number }>('SELECT DISTINCT year FROM number_log WHERE series_id = ? ORDER BY year DESC');
  const assignedTo = db.prepare<[number], NumberRow>(`${select} WHERE n.communique_id = ? AND n.state = 'assigned'`);
  const markVoided = db.prepare(
    `UPDATE number_log SET state = 'voided', voided_by = ?, voided_at = ?, void_reason = ?
     WHERE series_id = ? AND year = ? AND number = ? AND state = 'assigned'`,
  );
  return {
    /** The number the series would give next for the year (one past the highest ever logged). */
    next: (series: string, year: number): number => next.get({ series, year })?.next ?? 1,
    /** What the office stated it issued outside Redacta for a series and year, oldest statement first. */
    issuedOutside: (series: string, year: number): IssuedOutside[] =>
      outside.all(series, year).map((row) => ({ upTo: row.up_to, statedBy: row.stated_by, statedAt: row.stated_at, reason: row.reason })),
    /** Records that numbers up to `upTo` were issued outside Redacta: they are never given here. */
    stateIssuedOutside: (series: string, year: number, upTo: number, by: string, at: string, reason: string): void => {
      stateOutside.run(series, year, upTo, by, at, reason);
    },
    /** Assigns the series' next number for the year to a communiqué's approved version, and returns it. */
    assignNext: (series: string, year: number, communiqueId: number, versionId: number, by: string, at: string): number => {
      const number = next.get({ series, year })?.next ?? 1;
      insert.run(series, year, number, communiqueId, versionId, by, at);
      return number;
    },
    /** Records a number the office issued before (an imported communiqué's own), for the version that holds its text. */
    assign: (series: string, year: number, number: number, communiqueId: number, versionId: number, by: string, at: string): void => {
      insert.run(series, year, number, communiqueId, versionId, by, at);
    },
    get: (series: string, year: number, number: number): NumberEntry | undefined => {
      const row = entry.get(series, year, number);
      return row && toEntry(row);
    },
    list: (series: string, year: number): NumberEntry[] => list.all(series, year).map(toEntry),
    /** The years a series has numbers in, newest first. */
    years: (series: string): number[] => years.all(series).map((row) => row.year),
    /** The number a communiqué holds now (assigned, not voided), if any. */
    assignedTo: (communiqueId: number): NumberEntry | undefined => {
      const row = assignedTo.get(communiqueId);
      return row && toEntry(row);
    },
    /** Voids an assigned number; returns false if it was not assigned. */
    void: (series: string, year: number, number: number, by: string, at: string, reason: string): boolean =>
      markVoided.run(by, at, reason, series, year, number).changes === 1,
  };
}

function toEntry(row: NumberRow): NumberEntry {
  return {
    series: row.series_id,
    year: row.year,
    number: row.number,
    state: row.state,
    communiqueId: row.communique_id,
    communiqueStatus: row.communique_status,
    title: row.title ?? '',
    assignedBy: row.assigned_by,
    assignedAt: row.assigned_at,
    voidedBy: row.voided_by,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
  };
}
