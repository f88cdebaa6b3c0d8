import { describe, expect, it } from 'vitest';
import { plainTextToBody } from '../../../../shared/body/plainTextToBody';
import type { Content } from '../../../../shared/domain/content';
import { diffContent } from '../../../../shared/review/diffContent';

const base: Content = {
  series: 'comunicado',
  language: 'es',
  place: 'Ciudad de México',
  date: '2021-11-17',
  title: 'Buscará IPN posgrado dual',
  summary: ['Primer balazo', 'Segundo balazo: Nombre'],
  body: plainTextToBody('Párrafo uno.\n\nPárrafo dos sin cambios.\n\nPárrafo tres.'),
};

const describeChanges = (changes: ReturnType<typeof diffContent>) => changes.map((c) => `${c.field}${c.position ?? ''} ${c.kind}`);

describe('diffContent', () => {
  it('says nothing about identical versions', () => {
    expect(diffContent(base, structuredClone(base))).toEqual([]);
  });

  it('names each changed field, bullet and paragraph, with word-level marks inside', () => {
    const after: Content = {
      ...base,
      title: 'Buscará el IPN un posgrado dual',
      summary: ['Primer balazo', 'Segundo balazo corregido: Nombre', 'Tercer balazo'],
      body: plainTextToBody('Párrafo uno, ahora más largo.\n\nPárrafo dos sin cambios.'),
    };
    const changes = diffContent(base, after);
    expect(describeChanges(changes)).toEqual(['title changed', 'summary2 changed', 'summary3 added', 'body1 changed', 'body3 removed']);
    expect(changes[0]?.parts.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text.trim()}`)).toEqual(['added:el', 'added:un']);
    expect(changes[1]?.parts.find((p) => p.kind === 'added')?.text.trim()).toBe('corregido');
    expect(changes[4]?.parts).toEqual([{ kind: 'removed', text: 'Párrafo tres.' }]);
  });

  it('sees a paragraph inserted in the middle as one addition, not as every later paragraph changed', () => {
    const after: Content = { ...base, body: plainTextToBody('Párrafo uno.\n\nNuevo párrafo.\n\nPárrafo dos sin cambios.\n\nPárrafo tres.') };
    expect(describeChanges(diffContent(base, after))).toEqual(['body2 added']);
  });

  it('reports the date, place and series when they change', () => {
    const after: Content = { ...base, date: '2021-11-18', place: 'Zacatenco', series: 'comunicado-conjunto' };
    expect(describeChanges(diffContent(base, after))).toEqual(['series changed', 'place changed', 'date changed']);
  });
});
