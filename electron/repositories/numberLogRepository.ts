import type { Database } from 'better-sqlite3';
import type { NumberEntry } from '../../shared/domain/numberEntry';

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
  const next = db.prepare<[string, number], { next: number }>('SELECT coalesce(max(number), 0) + 1 AS next FROM number_log WHERE series_id = ? AND year = ?');
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
    next: (series: string, year: number): number => next.get(series, year)?.next ?? 1,
    /** Assigns the series' next number for the year to a communiqué's approved version, and returns it. */
    assignNext: (series: string, year: number, communiqueId: number, versionId: number, by: string, at: string): number => {
      const number = next.get(series, year)?.next ?? 1;
      insert.run(series, year, number, communiqueId, versionId, by, at);
      return number;
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
