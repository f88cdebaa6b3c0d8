import type { Database } from 'better-sqlite3';
import type { Letterhead, LetterheadSummary } from '../../shared/domain/letterhead';
import { letterheadDefinitionSchema } from '../../shared/domain/letterhead';

/** The fields an administrator sets. */
export interface LetterheadInput {
  name: string;
  validFrom: string;
  definition: Letterhead['definition'];
}

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
  const summaries = db.prepare<[], { id: number; name: string; valid_from: string; used_by: number }>(
    `SELECT l.id, l.name, l.valid_from, (SELECT count(*) FROM communiques c WHERE c.letterhead_id = l.id) AS used_by
     FROM letterheads l ORDER BY l.valid_from DESC, l.id DESC`,
  );
  const usage = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM communiques WHERE letterhead_id = ?');
  const insert = db.prepare('INSERT INTO letterheads (name, valid_from, definition, created_at) VALUES (?, ?, ?, ?)');
  const update = db.prepare('UPDATE letterheads SET name = ?, valid_from = ?, definition = ? WHERE id = ?');
  return {
    /** The letterhead in force on `date` (the latest that started by then; the earliest if none had). */
    idValidOn: (date: string): number | undefined => validOn.get({ date })?.id,
    /** Every letterhead, newest validity first, with how many communiqués use it. */
    list: (): LetterheadSummary[] => summaries.all().map((row) => ({ id: row.id, name: row.name, validFrom: row.valid_from, usedBy: row.used_by })),
    /** How many communiqués were started with this letterhead. */
    usedBy: (id: number): number => usage.get(id)?.n ?? 0,
    /** Stores a new letterhead and returns its id. */
    insert: (input: LetterheadInput, at: string): number =>
      Number(insert.run(input.name, input.validFrom, JSON.stringify(input.definition), at).lastInsertRowid),
    /** Replaces a letterhead's fields. */
    update: (id: number, input: LetterheadInput): void => {
      update.run(input.name, input.validFrom, JSON.stringify(input.definition), id);
    },
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
