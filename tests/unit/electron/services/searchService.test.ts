import { describe, expect, it } from 'vitest';
import { readyContent } from '../../../helpers/readyContent';
import { officesClosedAfterAll } from '../../../helpers/office';

const office = officesClosedAfterAll();

/** An office with a few communiqués of different years, languages and statuses. */
async function archive() {
  const made = await office();
  const { ok } = made;
  const make = async (title: string, body: string, more: Parameters<typeof readyContent>[1] = {}) =>
    (await ok('ana', 'createCommunique', { content: readyContent(title, { body, ...more }) })).id;
  const ids = {
    educacion: await make('Reforma de la educación media', 'La Secretaría añadió materias de educación dual.', { date: '2025-03-10' }),
    anadio: await make('Nuevo laboratorio', 'El rector Añadió que la geoquímica crece.', { date: '2026-05-02' }),
    prensa: await make('Rueda de prensa en Zacatenco', 'Se convocó a una rueda de prensa para anunciar el posgrado.', { date: '2026-06-01' }),
    english: await make('Dual graduate program', 'The Institute announced a dual graduate program with New Mexico.', { date: '2026-06-02', language: 'en' }),
  };
  return { ...made, ids };
}

describe('findCommuniques', () => {
  it('ignores accents but keeps ñ apart: "educacion" finds "educación", "Anadio" never finds "Añadió"', async () => {
    const { ok, ids } = await archive();
    const found = await ok('dora', 'findCommuniques', { text: 'educacion' });
    expect(found.items.map((item) => item.id)).toEqual([ids.educacion]);
    expect(found.total).toBe(1);
    expect(found.items[0]?.snippet?.filter((part) => part.hit).map((part) => part.text)).toEqual(['educación']);
    expect((await ok('dora', 'findCommuniques', { text: 'Anadio' })).total).toBe(0);
    expect((await ok('dora', 'findCommuniques', { text: 'AÑADIÓ' })).items.map((item) => item.id).sort()).toEqual([ids.educacion, ids.anadio].sort());
  });

  it('finds prefixes and phrases, and all words of a query together', async () => {
    const { ok, ids } = await archive();
    expect((await ok('dora', 'findCommuniques', { text: 'geoquim*' })).items.map((item) => item.id)).toEqual([ids.anadio]);
    expect((await ok('dora', 'findCommuniques', { text: '"rueda de prensa"' })).items.map((item) => item.id)).toEqual([ids.prensa]);
    expect((await ok('dora', 'findCommuniques', { text: '"prensa de rueda"' })).total).toBe(0);
    expect((await ok('dora', 'findCommuniques', { text: 'posgrado zacatenco' })).items.map((item) => item.id)).toEqual([ids.prensa]);
    // What looks like an operator is a word: nothing breaks.
    expect((await ok('dora', 'findCommuniques', { text: 'NEAR(rueda OR "' })).total).toBe(0);
  });

  it('filters by year, language, series, status and dates; pages without loading everything; the title ranks first', async () => {
    const { ok, ids } = await archive();
    expect((await ok('dora', 'findCommuniques', { year: 2025 })).items.map((item) => item.id)).toEqual([ids.educacion]);
    expect((await ok('dora', 'findCommuniques', { language: 'en' })).items.map((item) => item.id)).toEqual([ids.english]);
    expect((await ok('dora', 'findCommuniques', { from: '2026-05-01', to: '2026-06-01', sort: 'date' })).items.map((item) => item.id)).toEqual([
      ids.prensa,
      ids.anadio,
    ]);
    expect((await ok('dora', 'findCommuniques', { status: 'approved' })).total).toBe(0);
    expect((await ok('dora', 'findCommuniques', { series: 'comunicado', sort: 'date' })).items.map((item) => item.id)).toEqual([
      ids.english,
      ids.prensa,
      ids.anadio,
      ids.educacion,
    ]);
    const first = await ok('dora', 'findCommuniques', { sort: 'date', limit: 2 });
    const second = await ok('dora', 'findCommuniques', { sort: 'date', limit: 2, offset: 2 });
    expect([first.total, second.total]).toEqual([4, 4]);
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual([ids.english, ids.prensa, ids.anadio, ids.educacion]);
    expect((await ok('dora', 'findCommuniques', { text: 'dual' })).items.map((item) => item.id)).toEqual([ids.english, ids.educacion]);
  });

  it('filters by the person quoted: the one who speaks, not every name the text mentions; with words or alone', async () => {
    const made = await office();
    const { ok } = made;
    const quoted = (
      await ok('ana', 'createCommunique', {
        content: readyContent('Convenio con Nuevo México', {
          body: 'El director general del Instituto Politécnico Nacional, Arturo Reyes Sandoval, detalló que el convenio abrirá posgrados duales.',
        }),
      })
    ).id;
    await ok('ana', 'createCommunique', {
      content: readyContent('Visita de Arturo Reyes Sandoval', { body: 'La escuela lleva el nombre de Arturo Reyes Sandoval desde 2020.' }),
    });
    const said = (
      await ok('ana', 'createCommunique', {
        content: readyContent('Cooperation', { language: 'en', body: '“We will grow”, said Delfina Gómez Álvarez at the meeting.' }),
      })
    ).id;
    expect((await ok('dora', 'findCommuniques', { person: 'Reyes Sandoval' })).items.map((item) => item.id)).toEqual([quoted]);
    expect((await ok('dora', 'findCommuniques', { person: 'arturo reyes' })).items.map((item) => item.id)).toEqual([quoted]);
    expect((await ok('dora', 'findCommuniques', { person: 'Reyes', text: 'posgrado*' })).items.map((item) => item.id)).toEqual([quoted]);
    expect((await ok('dora', 'findCommuniques', { person: 'Reyes', text: 'escuela' })).total).toBe(0);
    const found = await ok('dora', 'findCommuniques', { person: 'gomez alvarez' });
    expect(found.items.map((item) => item.id)).toEqual([said]);
    expect(found.items[0]?.snippet?.filter((part) => part.hit).map((part) => part.text)).toEqual(['Gómez Álvarez']);
  });

  it('follows every save: a word typed into a draft is found, a word taken out is not', async () => {
    const { ok, ids } = await archive();
    const current = await ok('ana', 'getCommunique', { id: ids.prensa });
    await ok('ana', 'saveCommunique', { id: ids.prensa, revision: current.revision, content: { ...current.content, title: 'Conferencia en Zacatenco' } });
    expect((await ok('dora', 'findCommuniques', { text: 'conferencia' })).items.map((item) => item.id)).toEqual([ids.prensa]);
    expect((await ok('dora', 'findCommuniques', { text: 'rueda' })).items.map((item) => item.id)).toEqual([ids.prensa]);
    expect((await ok('dora', 'findCommuniques', { text: '"rueda de prensa en zacatenco"' })).total).toBe(0);
  });

  it('with more matches than can be ranked quickly, gives the newest first and says there are more than 1,000', async () => {
    const made = await office();
    const ids: number[] = [];
    for (let i = 0; i < 1001; i++) ids.push((await made.ok('ana', 'createCommunique', { content: { title: `Boletín ${i} del instituto` } })).id);
    const found = await made.ok('dora', 'findCommuniques', { text: 'instituto', limit: 3 });
    expect(found).toMatchObject({ total: 1000, totalIsFloor: true, newestFirst: true });
    // Counted to 1,000, served past it: the last page still holds the oldest two.
    expect((await made.ok('dora', 'findCommuniques', { text: 'instituto', limit: 3, offset: 999 })).items.map((item) => item.id)).toEqual([ids[1], ids[0]]);
    // The list without words still counts to 10,000.
    expect(await made.ok('dora', 'findCommuniques', { limit: 1 })).toMatchObject({ total: 1001, totalIsFloor: false });
    expect(found.items.map((item) => item.id)).toEqual(ids.slice(-3).reverse());
    expect((await made.ok('dora', 'findCommuniques', { text: 'boletin 7', limit: 3 })).newestFirst).toBe(false);
  });
});
