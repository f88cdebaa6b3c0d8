import type { Database } from 'better-sqlite3';
import type { Letterhead } from '../../shared/domain/letterhead';
import { letterheadDefinitionSchema } from '../../shared/domain/letterhead';

interface LetterheadRow {
  id: number;
  name: string;
  valid_from: string;
  definition: string;
}

/** Reads letterheads. */
export function letterheadRepository(db: Database) {
  const validOn = db.prepare<{ date: string }, { id: number }>(
    `SELECT id FROM letterheads
     ORDER BY (valid_from <= :date) DESC,
              CASE WHEN valid_from <= :date THEN valid_from END DESC,
              valid_from ASC, id DESC
     LIMIT 1`,
  );
  const byId = db.prepare<[number], LetterheadRow>('SELECT id, name, valid_from, definition FROM letterheads WHERE id = ?');
  return {
    /** The letterhead in force on `date` (the latest that started by then; the earliest if none had). */
    idValidOn: (date: string): number | undefined => validOn.get({ date })?.id,
    /** One letterhead, or undefined. */
    get: (id: number): Letterhead | undefined => {
      const row = byId.get(id);
      return row && toLetterhead(row);
    },
  };
}

function toLetterhead(row: LetterheadRow): Letterhead {
  return {
    id: row.id,
    name: row.name,
    validFrom: row.valid_from,
    definition: letterheadDefinitionSchema.parse(JSON.parse(row.definition)),
  };
}
