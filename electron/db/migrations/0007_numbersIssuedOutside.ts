import type { Migration } from '../Migration';

/**
 * Numbers an office issued before Redacta (or outside it), per series and year: "up to N". The next number is one past
 * the highest of these and of the number log, so they are never given again. Statements are kept for good.
 */
export const numbersIssuedOutside: Migration = {
  version: 7,
  name: 'numbers issued outside Redacta',
  up(db) {
    db.exec(`
      CREATE TABLE numbers_issued_outside (
        series_id TEXT NOT NULL REFERENCES series (id),
        year INTEGER NOT NULL,
        up_to INTEGER NOT NULL CHECK (up_to > 0),
        stated_by TEXT NOT NULL,
        stated_at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        PRIMARY KEY (series_id, year, up_to)
      ) STRICT;
      CREATE TRIGGER numbers_issued_outside_are_kept BEFORE DELETE ON numbers_issued_outside
        BEGIN SELECT RAISE(ABORT, 'numbers are never deleted'); END;
      CREATE TRIGGER numbers_issued_outside_are_fixed BEFORE UPDATE ON numbers_issued_outside
        BEGIN SELECT RAISE(ABORT, 'numbers issued outside Redacta are never changed'); END;
    `);
  },
};
