import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommuniqueText } from '../../../../shared/import/readCommuniqueText';
import { readDateline } from '../../../../shared/import/readDateline';
import { readNumberLine } from '../../../../shared/import/readNumberLine';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures');
const text = (name: string) => readFileSync(join(fixtures, 'import', name), 'utf8');
const expected = (name: string) => JSON.parse(readFileSync(join(fixtures, 'communiques', name), 'utf8')) as Record<string, unknown>;

describe('readCommuniqueText: the office’s own releases as plain text', () => {
  it('reads seed 000 with every field right: letterhead repeated at each page gone, the paragraph cut by a page break joined', () => {
    const read = readCommuniqueText(text('seed-000-es.txt'));
    expect(read).toMatchObject({ seriesLabel: 'Comunicado', number: 223, warnings: [] });
    const { language, place, date, title, summary, body } = expected('seed-000-es.json');
    expect(read).toMatchObject({ language, place, date, title, summary, body });
  });

  it('reads seed 001 with every field right: the number and the dateline on one line, in English', () => {
    const read = readCommuniqueText(text('seed-001-en.txt'));
    expect(read).toMatchObject({ seriesLabel: 'Joint Release', number: 35 });
    const { language, place, date, title, summary, body } = expected('seed-001-en.json');
    expect(read).toMatchObject({ language, place, date, title, summary, body });
  });

  it('refuses what is not a communiqué (a web page about the office) instead of guessing, and an empty file', () => {
    expect(readCommuniqueText(text('not-a-communique-networks.txt'))).toEqual({ refused: 'notACommunique' });
    expect(readCommuniqueText(text('not-a-communique-mission.txt'))).toEqual({ refused: 'notACommunique' });
    expect(readCommuniqueText(' \n\u00a0\n')).toEqual({ refused: 'empty' });
  });

  it('takes a title over two lines, several bullets on one line, a closing mark, and drops the footer', () => {
    const read = readCommuniqueText(
      'Boletín 386.\n\n6 de marzo de 2017\n\nEL IPN INAUGURA\nSU NUEVO CENTRO\n\n• Uno • Dos\n* Tres\n\nPrimer párrafo partido\nen dos líneas.\n\n(FIN)\n\nAv. Luis Enrique Erro S/N',
    );
    expect(read).toMatchObject({
      seriesLabel: 'Boletín',
      number: 386,
      date: '2017-03-06',
      place: '',
      title: 'EL IPN INAUGURA SU NUEVO CENTRO',
      summary: ['Uno', 'Dos', 'Tres'],
      body: 'Primer párrafo partido en dos líneas.',
      warnings: [],
    });
  });
});

describe('number lines and datelines', () => {
  it('reads the labels and numbers the office prints', () => {
    for (const [line, label, number] of [
      ['Comunicado 223', 'Comunicado', 223],
      ['Joint Release n. 035', 'Joint Release', 35],
      ['BOLETÍN DE PRENSA 030', 'BOLETÍN DE PRENSA', 30],
      ['Número 230', 'Número', 230],
      ['Press Release 031', 'Press Release', 31],
      ['Boletín 386.', 'Boletín', 386],
      ['Comunicado No. 12', 'Comunicado', 12],
    ] as const)
      expect(readNumberLine(line)).toMatchObject({ label, number });
    expect(readNumberLine('Comunicados del año')).toBeNull();
  });

  it('reads Spanish and English datelines, with or without place, weekday and numeric forms', () => {
    expect(readDateline('Ciudad de México, a 23 de abril de 2016')).toEqual({ place: 'Ciudad de México', date: '2016-04-23', language: 'es' });
    expect(readDateline('06 de octubre, 2021')).toEqual({ place: '', date: '2021-10-06', language: 'es' });
    expect(readDateline('6 de marzo de 2017')).toEqual({ place: '', date: '2017-03-06', language: 'es' });
    expect(readDateline('Mexico City, April 05, 2016')).toEqual({ place: 'Mexico City', date: '2016-04-05', language: 'en' });
    expect(readDateline('March 27th, 2023')).toEqual({ place: '', date: '2023-03-27', language: 'en' });
    expect(readDateline('Ciudad de México, lunes 6 de marzo de 2017')).toEqual({ place: 'Ciudad de México', date: '2017-03-06', language: 'es' });
    expect(readDateline('Zacatenco, 17/11/2021')).toEqual({ place: 'Zacatenco', date: '2021-11-17', language: 'es' });
    expect(readDateline('31 de febrero de 2021')).toBeNull();
    expect(readDateline('La Técnica al Servicio de la Patria')).toBeNull();
  });
});
