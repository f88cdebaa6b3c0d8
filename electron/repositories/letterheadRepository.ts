import { letterheadInForce } from '../../shared/domain/letterheadInForce';
import type { Letterhead, LetterheadSummary } from '../../shared/domain/letterhead';
import { letterheadDefinitionSchema } from '../../shared/domain/letterhead';
import type { StoreQueries } from './StoreQueries';
import { storedJson } from './storedJson';

/** The fields an administrator sets. */
export interface LetterheadInput {
  name: string;
  validFrom: string;
  definition: Letterhead['definition'];
}

/** Reads and keeps letterheads. */
export function letterheadRepository(db: StoreQueries) {
  return {
    /** The letterhead in force on `date` (the latest that started by then; the earliest if none had). */
    idValidOn: async (date: string): Promise<number | undefined> => {
      const rows = await db.selectFrom('letterheads').select(['id', 'valid_from']).execute();
      return letterheadInForce(
        rows.map((row) => ({ id: row.id, validFrom: row.valid_from })),
        date,
      )?.id;
    },
    /** Every letterhead, newest validity first, with how many communiqués use it. */
    list: async (): Promise<LetterheadSummary[]> => {
      const rows = await db
        .selectFrom('letterheads as l')
        .select(['l.id', 'l.name', 'l.valid_from'])
        .select((select) =>
          select
            .selectFrom('communiques as c')
            .whereRef('c.letterhead_id', '=', 'l.id')
            .select((count) => count.fn.countAll().as('n'))
            .as('used_by'),
        )
        .orderBy('l.valid_from', 'desc')
        .orderBy('l.id', 'desc')
        .execute();
      return rows.map((row) => ({ id: row.id, name: row.name, validFrom: row.valid_from, usedBy: Number(row.used_by ?? 0) }));
    },
    /** How many communiqués were started with this letterhead. */
    usedBy: async (id: number): Promise<number> => {
      const row = await db
        .selectFrom('communiques')
        .where('letterhead_id', '=', id)
        .select((count) => count.fn.countAll().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    /** Stores a new letterhead and returns its id. */
    insert: async (input: LetterheadInput, at: string): Promise<number> => {
      const row = await db
        .insertInto('letterheads')
        .values({ name: input.name, valid_from: input.validFrom, definition: storedJson(input.definition), created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    /** Replaces a letterhead's fields. */
    update: async (id: number, input: LetterheadInput): Promise<void> => {
      await db
        .updateTable('letterheads')
        .set({ name: input.name, valid_from: input.validFrom, definition: storedJson(input.definition) })
        .where('id', '=', id)
        .execute();
    },
    /** One letterhead, or undefined. */
    get: async (id: number): Promise<Letterhead | undefined> => {
      const row = await db.selectFrom('letterheads').select(['id', 'name', 'valid_from', 'definition']).where('id', '=', id).executeTakeFirst();
      return (
        row && {
          id: row.id,
          name: row.name,
          validFrom: row.valid_from,
          definition: letterheadDefinitionSchema.parse(JSON.parse(row.definition)),
        }
      );
    },
  };
}
