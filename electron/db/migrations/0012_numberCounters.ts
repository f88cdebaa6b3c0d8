import type { Migration } from '../Migration';

/**
 * A counter row per series and year, written by every approval that gives a number (numberLogRepository.assignNext):
 * the same code as PostgreSQL's, where its row lock is what keeps concurrent approvals gapless. Starts at the highest
 * number logged or stated as issued outside.
 */
export const numberCounters: Migration = {
  version: 12,
  name: 'number counters',
  up(db) {
    db.exec(`
      CREATE TABLE number_counters (
        series_id TEXT NOT NULL REFERENCES series (id),
        year INTEGER NOT NULL,
        last_number INTEGER NOT NULL CHECK (last_number >= 0),
        PRIMARY KEY (series_id, year)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO number_counters (series_id, year, last_number)
        SELECT series_id, year, max(number) FROM (
          SELECT series_id, year, number FROM number_log UNION ALL SELECT series_id, year, up_to FROM numbers_issued_outside
        ) GROUP BY series_id, year;
    `);
  },
};
