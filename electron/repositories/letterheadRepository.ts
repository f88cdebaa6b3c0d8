import type { Database } from 'better-sqlite3';

/** Reads letterheads. */
export function letterheadRepository(db: Database) {
  const validOn = db.prepare<{ date: string }, { id: number }>(
    `SELECT id FROM letterheads
     ORDER BY (valid_from <= :date) DESC,
              CASE WHEN valid_from <= :date THEN valid_from END DESC,
              valid_from ASC, id DESC
     LIMIT 1`,
  );
  return {
    /** The letterhead in force on `date` (the latest that started by then; the earliest if none had). */
    idValidOn: (date: string): number | undefined => validOn.get({ date })?.id,
  };
}
