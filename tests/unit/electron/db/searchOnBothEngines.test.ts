import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../../../electron/repositories/openPostgresStore';
import { openStore } from '../../../../electron/repositories/openStore';
import { plainTextToBody } from '../../../../shared/body/plainTextToBody';
import type { Content } from '../../../../shared/domain/content';
import { parseSearchQuery } from '../../../../shared/text/searchQuery';
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
    const office = await freshPostgresDatabase();
    made.push(office);
    // The same repository stores and searches on each engine.
    const stores = { sqlite: openStore(tempDatabasePath()), postgres: await openPostgresStore(office.url, 'test') };
    for (const store of Object.values(stores))
      await store.write(async (repos) => {
        for (const id of ids) await repos.communiques.insert({ content: content(id), letterheadId: 1, actor: 'ana', at: '2026-03-01T10:00:00Z' });
      });

    for (const [text, person, wanted] of expected) {
      const terms = parseSearchQuery(text);
      for (const [engine, store] of Object.entries(stores)) {
        const found = await store.read(async (repos) => (await repos.search.find({ text, person, limit: 100 }, terms)).items.map((item) => item.id));
        expect([...found].sort(), `${engine} «${text}» ${person}`).toEqual(wanted);
      }
    }
    for (const store of Object.values(stores)) await store.close();
  });
});
