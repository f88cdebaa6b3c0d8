import { describe, expect, it } from 'vitest';
import { testBackend } from '../../../helpers/backend';

describe('letterheads', () => {
  it('a new year’s letterhead is used by communiqués started from then on, and last year’s keep theirs', async () => {
    let today = new Date('2026-12-20T12:00:00');
    const { ok } = testBackend({ now: () => today });
    const [original] = await ok('listLetterheads', {});
    const december = await ok('createCommunique', { content: { title: 'Diciembre' } });
    expect(december.letterheadId).toBe(original?.id);

    const base = await ok('getLetterhead', { id: original?.id ?? 0 });
    const next = await ok('createLetterhead', {
      name: 'Membrete 2027',
      validFrom: '2027-01-01',
      definition: { ...base.definition, commemorativeLine: '2027, Año del Politécnico' },
    });
    expect((await ok('createCommunique', { content: { title: 'Aún diciembre' } })).letterheadId).toBe(original?.id);

    today = new Date('2027-01-02T09:00:00');
    const january = await ok('createCommunique', { content: { title: 'Enero', date: '2026-12-31' } });
    expect(january.letterheadId).toBe(next.id);
    expect((await ok('getCommunique', { id: december.id })).letterheadId).toBe(original?.id);
    expect((await ok('listLetterheads', {})).map((l) => [l.name, l.usedBy])).toEqual([
      ['Membrete 2027', 1],
      ['IPN — membrete institucional', 2],
    ]);
  });

  it('changes a letterhead nobody uses, and refuses to change one in use', async () => {
    const { ok, call } = testBackend();
    const [original] = await ok('listLetterheads', {});
    const base = await ok('getLetterhead', { id: original?.id ?? 0 });
    const copy = await ok('createLetterhead', { name: 'Copia', validFrom: '2030-01-01', definition: base.definition });
    const renamed = await ok('updateLetterhead', {
      id: copy.id,
      name: 'Copia corregida',
      validFrom: '2030-01-01',
      definition: { ...base.definition, motto: 'Otro lema' },
    });
    expect(renamed).toMatchObject({ name: 'Copia corregida', definition: { motto: 'Otro lema' } });

    await ok('createCommunique', { content: {} });
    const refused = await call('updateLetterhead', { id: base.id, name: 'Cambiado', validFrom: base.validFrom, definition: base.definition });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'LETTERHEAD_IN_USE', message: expect.stringContaining('ya lo usan 1 comunicados y no cambia'), details: { id: base.id, count: 1 } },
    });
    expect((await ok('getLetterhead', { id: base.id })).name).toBe('IPN — membrete institucional');
  });

  it('refuses a font the app does not bundle, images that are not PNG/JPEG/SVG, and margins off the paper', async () => {
    const { ok, call } = testBackend();
    const base = await ok('getLetterhead', { id: 1 });
    const attempts = [
      { ...base.definition, font: { family: 'Comic Sans', sizePt: 11 } },
      { ...base.definition, images: [{ src: 'data:image/gif;base64,R0lGOD', alt: '', position: 'left', widthMm: 20 }] },
      { ...base.definition, marginsMm: { top: 45, right: 25, bottom: 30, left: 200 } },
    ];
    for (const definition of attempts) {
      const result = await call('createLetterhead', { name: 'Malo', validFrom: '2030-01-01', definition: definition as never });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await ok('listLetterheads', {})).toHaveLength(1);
  });

  it('refuses an SVG emblem that would read a file or an address outside it, and takes a self-contained one', async () => {
    const { ok, call } = testBackend();
    const base = await ok('getLetterhead', { id: 1 });
    const svg = (inside: string) =>
      `data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">${inside}</svg>`).toString('base64')}`;
    const withImage = (src: string) => ({ ...base.definition, images: [{ src, alt: 'Escudo', position: 'left' as const, widthMm: 20 }] });
    for (const inside of [
      '<image href="/etc/passwd" width="10" height="10"/>',
      '<image xlink:href="file:///home/prensa/foto.png" width="10" height="10"/>',
      '<image href="https://example.com/x.png" width="10" height="10"/>',
      '<rect width="10" height="10" fill="url(file:///etc/x#p)"/>',
      '<style>@import url(/etc/x.css);</style>',
    ]) {
      const result = await call('createLetterhead', { name: 'Malo', validFrom: '2030-01-01', definition: withImage(svg(inside)) });
      expect(result, inside).toMatchObject({ ok: false, error: { code: 'LETTERHEAD_IMAGE_EXTERNAL', message: expect.stringContaining('«Escudo»') } });
    }
    expect(await ok('listLetterheads', {})).toHaveLength(1);
    const own =
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#800"/></linearGradient></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/>';
    expect((await call('createLetterhead', { name: 'Bueno', validFrom: '2030-01-01', definition: withImage(svg(own)) })).ok).toBe(true);
  });
});
