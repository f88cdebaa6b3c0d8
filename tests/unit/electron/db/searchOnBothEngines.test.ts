import { Kysely, PostgresDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresSearchMatch, indexedWords } from '../../../../electron/db/postgres/postgresSearchMatch';
import { migratePostgres } from '../../../../electron/db/postgres/migratePostgres';
import { postgresMigrations } from '../../../../electron/db/postgres/migrations/migrations';
import type { StoreSchema } from '../../../../electron/db/schema/StoreSchema';
import { openStore } from '../../../../electron/repositories/openStore';
import { plainTextToBody } from '../../../../shared/body/plainTextToBody';
import type { Content } from '../../../../shared/domain/content';
import { foldForSearch } from '../../../../shared/text/foldForSearch';
import { foldedSearchText } from '../../../../shared/text/searchableText';
import { parseSearchQuery, searchWords } from '../../../../shared/text/searchQuery';
import { freshPostgresDatabase } from '../../../helpers/postgresDatabase';
import { tempDatabasePath } from '../../../helpers/tempDir';

// The same words find the same communiqués on both engines: the folded text from shared/ indexed by FTS5 on SQLite
// and by tsvectors under a GIN index on PostgreSQL.

const made: Awaited<ReturnType<typeof freshPostgresDatabase>>[] = [];
afterAll(async () => {
  for (const database of made) await database.drop();
});

/** The corpus, by id: written by hand for the cases where engines could part ways. */
const texts: Record<number, { title: string; summary: string; body: string }> = {
  1: { title: 'Añadió el IPN una carrera de educación dual', summary: 'Nueva oferta', body: 'La educación dual combina aula y empresa.' },
  2: { title: 'Anadio: un apellido poco común', summary: 'Curiosidades', body: 'El investigador Anadio presentó su trabajo.' },
  3: { title: 'Posgrados del Politécnico', summary: 'Convocatoria', body: 'Se abren los posgrados de ingeniería para 2026.' },
  4: { title: 'Conferencia en la rueda', summary: 'de prensa semanal', body: 'Los periodistas preguntaron por el presupuesto.' },
  5: { title: 'Rueda de prensa del director', summary: 'Balance anual', body: '"Seguiremos creciendo", dijo María López Hernández.' },
  6: { title: 'Industria 4.0 y COVID-19', summary: 'Escribir a prensa@ipn.mx', body: 'El e-mail de la oficina cambió.' },
  7: { title: 'Educación a distancia', summary: 'Plataforma', body: 'Según Juan Pérez, "la plataforma funciona".' },
};

/** What each search must find, written by hand from what a press officer expects. */
const expected: [query: string, person: string, ids: number[]][] = [
  ['educacion', '', [1, 7]],
  ['Educación', '', [1, 7]],
  ['Anadio', '', [2]],
  ['añadió', '', [1]],
  ['posgr*', '', [3]],
  ['posgrado', '', []],
  ['"rueda de prensa"', '', [5]],
  ['rueda prensa', '', [4, 5]],
  ['4.0', '', [6]],
  ['covid 19', '', [6]],
  ['prensa@ipn.mx', '', [6]],
  ['email', '', []],
  ['e-mail', '', [6]],
  ['educacion dual', '', [1]],
  ['', 'María López', [5]],
  ['', 'Maria Lopez Hernandez', [5]],
  ['plataforma', 'Juan Pérez', [7]],
  ['plataforma', 'María López', []],
];

const content = (id: number): Content => {
  const text = texts[id] ?? { title: '', summary: '', body: '' };
  return {
    series: 'comunicado',
    language: 'es',
    place: 'Ciudad de México',
    date: '2026-03-01',
    title: text.title,
    summary: [text.summary],
    body: plainTextToBody(text.body),
  };
};

describe('search on both engines', { timeout: 60_000 }, () => {
  it('finds the same communiqués for every kind of query: accents folded, ñ kept, prefixes, phrases within a field, the person quoted', async () => {
    const ids = Object.keys(texts).map(Number);
    const store = openStore(tempDatabasePath());
    await store.write(() => {
      for (const id of ids) store.repos.communiques.insert({ content: content(id), letterheadId: 1, actor: 'ana', at: '2026-03-01T10:00:00Z' });
    });
    const office = await freshPostgresDatabase();
    made.push(office);
    await migratePostgres(office.pool, postgresMigrations, office.url);
    const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool: office.pool }) });
    for (const id of ids) {
      const stored = JSON.stringify(content(id));
      await db
        .insertInto('communiques')
        .values({
          id,
          series_id: 'comunicado',
          language: 'es',
          letterhead_id: 1,
          content: stored,
          created_at: 't',
          created_by: 'ana',
          updated_at: 't',
          updated_by: 'ana',
        })
        .execute();
      const folded = foldedSearchText(content(id));
      await db
        .insertInto('communique_search')
        .values({
          id,
          title: indexedWords(folded.title),
          summary: indexedWords(folded.summary),
          body: indexedWords(folded.body),
          people: indexedWords(folded.people),
        })
        .execute();
    }

    for (const [text, person, wanted] of expected) {
      const terms = parseSearchQuery(text);
      const onSqlite = store.repos.search.find({ text, person, limit: 100 }, terms).items.map((item) => item.id);
      const personWords = searchWords(foldForSearch(person)).slice(0, 8);
      const onPostgres = (
        await db
          .selectFrom('communique_search as s')
          .select('s.id')
          .where(postgresSearchMatch(terms, personWords, 's'))
          .execute()
      ).map((row) => row.id);
      const what = `«${text}» ${person}`;
      expect([...onSqlite].sort(), `SQLite ${what}`).toEqual(wanted);
      expect([...onPostgres].sort(), `PostgreSQL ${what}`).toEqual(wanted);
    }
    store.close();
  });
});
