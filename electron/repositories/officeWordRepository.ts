import type { Kysely } from 'kysely';
import type { Language } from '../../shared/domain/language';
import type { OfficeWord } from '../../shared/domain/officeWord';
import type { StoreSchema } from '../db/schema/StoreSchema';

/** Stores the office dictionary, on either engine (Kysely, bound to the call's transaction). */
export function officeWordRepository(db: Kysely<StoreSchema>) {
  return {
    /** Every word, or those of one language. */
    list: async (language?: Language): Promise<OfficeWord[]> => {
      const rows = await db
        .selectFrom('office_words')
        .select(['language', 'word'])
        .$if(language !== undefined, (query) => query.where('language', '=', language ?? 'es'))
        .orderBy('language')
        .orderBy('word')
        .execute();
      return rows.map((row) => ({ language: row.language as Language, word: row.word }));
    },
    /** Adds a word; adding it twice changes nothing. */
    add: async (word: OfficeWord, actor: string, at: string): Promise<void> => {
      await db
        .insertInto('office_words')
        .values({ language: word.language, word: word.word, added_by: actor, added_at: at })
        .onConflict((conflict) => conflict.columns(['language', 'word']).doNothing())
        .execute();
    },
  };
}
