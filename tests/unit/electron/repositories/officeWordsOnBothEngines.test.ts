import { Kysely, PostgresDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../../../../electron/db/postgres/migratePostgres';
import { postgresMigrations } from '../../../../electron/db/postgres/migrations/migrations';
import type { StoreSchema } from '../../../../electron/db/schema/StoreSchema';
import { officeWordRepository } from '../../../../electron/repositories/officeWordRepository';
import { openStore } from '../../../../electron/repositories/openStore';
import { freshPostgresDatabase } from '../../../helpers/postgresDatabase';
import { tempDatabasePath } from '../../../helpers/tempDir';

// The first repository on the query builder: the same code, the same answers on SQLite and PostgreSQL.

const made: Awaited<ReturnType<typeof freshPostgresDatabase>>[] = [];
afterAll(async () => {
  for (const database of made) await database.drop();
});

/** The office dictionary's repository on each engine, inside a transaction as the dispatcher opens one. */
const engines = {
  sqlite: async <T>(work: (words: ReturnType<typeof officeWordRepository>) => Promise<T>): Promise<T> => {
    const store = openStore(tempDatabasePath());
    try {
      return await store.write((repos) => work(repos.officeWords));
    } finally {
      await store.close();
    }
  },
  postgres: async <T>(work: (words: ReturnType<typeof officeWordRepository>) => Promise<T>): Promise<T> => {
    const office = await freshPostgresDatabase();
    made.push(office);
    await migratePostgres(office.pool, postgresMigrations, office.url);
    const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool: office.pool }) });
    return db.transaction().execute((transaction) => work(officeWordRepository(transaction)));
  },
};

describe('the office dictionary on both engines', () => {
  for (const [engine, within] of Object.entries(engines)) {
    it(`${engine}: keeps each word once per language, lists them in order, one language or all`, async () => {
      const listed = await within(async (words) => {
        await words.add({ language: 'es', word: 'Zacatenco' }, 'ana', '2026-12-02T10:00:00Z');
        await words.add({ language: 'es', word: 'Politécnico' }, 'ana', '2026-12-02T10:00:00Z');
        await words.add({ language: 'es', word: 'Zacatenco' }, 'eva', '2026-12-02T11:00:00Z');
        await words.add({ language: 'en', word: 'Zacatenco' }, 'eva', '2026-12-02T11:00:00Z');
        return { spanish: await words.list('es'), all: await words.list() };
      });
      expect(listed).toEqual({
        spanish: [
          { language: 'es', word: 'Politécnico' },
          { language: 'es', word: 'Zacatenco' },
        ],
        all: [
          { language: 'en', word: 'Zacatenco' },
          { language: 'es', word: 'Politécnico' },
          { language: 'es', word: 'Zacatenco' },
        ],
      });
    });
  }
});
