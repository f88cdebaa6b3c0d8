import { describe, expect, it } from 'vitest';
import { applyTextEdits } from '../../../../shared/style/applyTextEdits';
import { checkHouseStyle } from '../../../../shared/style/checkHouseStyle';
import type { StyleIssue } from '../../../../shared/style/StyleIssue';
import { content } from './styleFixtures';
import { seedContent } from '../../../helpers/fixtures';
import { completeContent } from '../../../../shared/domain/completeContent';

const rules = (issues: StyleIssue[]) => issues.map((issue) => issue.rule);
const only = (issues: StyleIssue[], rule: StyleIssue['rule']) => issues.filter((issue) => issue.rule === rule);

describe('house style on the office seeds', () => {
  it('finds nothing to say about seed 000 and seed 001', () => {
    expect(checkHouseStyle(completeContent(seedContent('seed-000-es'), new Date()), '--oOo--')).toEqual([]);
    expect(checkHouseStyle(completeContent(seedContent('seed-001-en'), new Date()), '===000===')).toEqual([]);
  });

  it('finds nothing to say about a clean communiqué', () => {
    expect(checkHouseStyle(content(), '--oOo--')).toEqual([]);
  });
});

describe('required parts', () => {
  it('reports a missing title, place and date as errors', () => {
    const issues = checkHouseStyle(content({ title: '  ', place: '', date: '' }), '--oOo--');
    expect(issues.filter((issue) => issue.severity === 'error').map((issue) => issue.rule)).toEqual(['missingTitle', 'missingPlace', 'missingDate']);
  });

  it('asks for bullets when there are none, and for at most four', () => {
    expect(rules(checkHouseStyle(content({ summary: [] }), '--oOo--'))).toEqual(['noBullets']);
    expect(rules(checkHouseStyle(content({ summary: ['', '  '] }), '--oOo--'))).toEqual(['noBullets']);
    const five = checkHouseStyle(content({ summary: ['a', 'b', 'c', 'd', 'e'] }), '--oOo--');
    expect(five).toMatchObject([{ rule: 'tooManyBullets', values: { count: 5, max: 4 } }]);
  });

  it('flags a title over 120 characters and a bullet over 220', () => {
    const issues = checkHouseStyle(content({ title: 'T'.repeat(121), summary: ['corto', 'b'.repeat(221)] }), '--oOo--');
    expect(issues).toMatchObject([
      { rule: 'longTitle', field: 'title', values: { length: 121, max: 120 } },
      { rule: 'longBullet', field: 'summary', index: 1, values: { n: 2, length: 221 } },
    ]);
    expect(checkHouseStyle(content({ title: 'T'.repeat(120) }), '--oOo--')).toEqual([]);
  });
});

describe('closing mark', () => {
  it('is an error when the letterhead has none for the language', () => {
    expect(checkHouseStyle(content(), ' ')).toMatchObject([{ rule: 'missingClosingMark', severity: 'error', values: { language: 'es' } }]);
  });

  it('warns when typed in the body, and the fix removes that paragraph', () => {
    const typed = content({ body: 'El Instituto Politécnico Nacional (IPN) informa.\n\n--oOo--' });
    const [issue] = only(checkHouseStyle(typed, '--oOo--'), 'closingMarkInBody');
    expect(issue).toBeDefined();
    const fixed = applyTextEdits(typed, issue?.fix ?? []);
    expect(fixed.body.content).toHaveLength(1);
    expect(checkHouseStyle(fixed, '--oOo--')).toEqual([]);
  });
});

describe('quotations', () => {
  it('wants a long quotation attributed', () => {
    const bare = content({ body: 'El Instituto Politécnico Nacional (IPN) informa: “la educación es la columna vertebral del país”.' });
    expect(checkHouseStyle(bare, '--oOo--')).toMatchObject([{ rule: 'quoteWithoutAttribution', field: 'body' }]);
  });

  it.each([
    ['an attribution verb with accent', '“la educación es la columna vertebral del país”, resaltó.'],
    ['an attribution verb before', 'Según la titular, “la educación es la columna vertebral del país”.'],
    ['an English verb', '"Education is the backbone of the country," he said.'],
    ['a colon and a name, as bullets do', '“La educación es la columna vertebral del país”: Delfina Gómez Álvarez'],
  ])('accepts %s', (_case, text) => {
    expect(only(checkHouseStyle(content({ body: text }), '--oOo--'), 'quoteWithoutAttribution')).toEqual([]);
  });

  it('accepts a quotation that continues one attributed in the paragraph before', () => {
    const body = 'El director dijo que avanzarán.\n\n“Estamos en los lugares donde más se nos necesita, en todo el país”.';
    expect(only(checkHouseStyle(content({ body }), '--oOo--'), 'quoteWithoutAttribution')).toEqual([]);
  });

  it('ignores short quoted words', () => {
    expect(only(checkHouseStyle(content({ body: 'Lo llaman “el Poli” con cariño.' }), '--oOo--'), 'quoteWithoutAttribution')).toEqual([]);
  });

  it('reports quotation marks that do not pair up, in any field', () => {
    const issues = checkHouseStyle(content({ title: 'El “Poli crece', summary: ['Dijo «sí', 'Uno "dos'] }), '--oOo--');
    expect(only(issues, 'unbalancedQuotes').map((issue) => [issue.field, issue.index])).toEqual([
      ['title', undefined],
      ['summary', 0],
      ['summary', 1],
    ]);
  });
});

describe('typography', () => {
  it('finds double spaces and fixes them all in one go', () => {
    const spaced = content({ title: 'Firma  el IPN  convenio', body: 'El Instituto Politécnico Nacional (IPN)   firmó.' });
    const issues = only(checkHouseStyle(spaced, '--oOo--'), 'doubleSpaces');
    expect(issues.map((issue) => [issue.field, issue.values.count])).toEqual([
      ['title', 2],
      ['body', 1],
    ]);
    const fixed = applyTextEdits(
      spaced,
      issues.flatMap((issue) => issue.fix ?? []),
    );
    expect(fixed.title).toBe('Firma el IPN convenio');
    expect(JSON.stringify(fixed.body)).toContain('(IPN) firmó.');
  });

  it('replaces the acute accent used as an apostrophe', () => {
    const acute = content({ summary: ['El IPN´s lab', 'Otro balazo: Arturo Reyes'] });
    const [issue] = only(checkHouseStyle(acute, '--oOo--'), 'acuteAsApostrophe');
    expect(issue).toMatchObject({ field: 'summary', index: 0 });
    expect(applyTextEdits(acute, issue?.fix ?? []).summary[0]).toBe('El IPN’s lab');
  });

  it('lowercases capitalised months in Spanish dates, and leaves English alone', () => {
    const spanish = content({ body: 'El Instituto Politécnico Nacional (IPN) firmó el 17 de Noviembre de 2021 y en Marzo de 2022.' });
    const issues = only(checkHouseStyle(spanish, '--oOo--'), 'capitalizedMonth');
    expect(issues.map((issue) => issue.values.month)).toEqual(['Noviembre', 'Marzo']);
    const fixed = applyTextEdits(
      spanish,
      issues.flatMap((issue) => issue.fix ?? []),
    );
    expect(JSON.stringify(fixed.body)).toContain('17 de noviembre de 2021 y en marzo de 2022');
    const english = content({ language: 'en', body: 'Signed on November 17, 2021. In March of 2022 it grew.' });
    expect(only(checkHouseStyle(english, '===000==='), 'capitalizedMonth')).toEqual([]);
  });

  it('keeps bold where a fix replaces text', () => {
    const bold = content();
    bold.body = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'El  IPN', marks: [{ type: 'bold' }] }] }],
    };
    const fixes = checkHouseStyle(bold, '--oOo--').flatMap((issue) => issue.fix ?? []);
    expect(applyTextEdits(bold, fixes).body.content?.[0]?.content).toEqual([
      { type: 'text', text: 'El Instituto Politécnico Nacional (IPN)', marks: [{ type: 'bold' }] },
    ]);
  });
});

describe('acronyms', () => {
  it('wants the first use in the body spelled out, and offers the name when it knows it', () => {
    const bare = content({ body: 'La SEP y el IPN firmaron. La SEP lo celebró.' });
    const issues = only(checkHouseStyle(bare, '--oOo--'), 'acronymNotSpelledOut');
    expect(issues.map((issue) => issue.values.acronym)).toEqual(['SEP', 'IPN']);
    const fixed = applyTextEdits(
      bare,
      issues.flatMap((issue) => issue.fix ?? []),
    );
    expect(JSON.stringify(fixed.body)).toContain(
      'La Secretaría de Educación Pública (SEP) y el Instituto Politécnico Nacional (IPN) firmaron. La SEP lo celebró.',
    );
  });

  it('accepts a name given before, an acronym in parentheses, Roman numerals and a bare title', () => {
    const body =
      'El Instituto Politécnico Nacional firmó; el IPN crecerá. Habilidades en Ciencia (STEM por sus siglas en inglés). Siglo XXI. El NMT (Nuevo México) colabora.';
    const issues = only(checkHouseStyle(content({ title: 'El IPN y la SEP', body }), '--oOo--'), 'acronymNotSpelledOut');
    expect(issues.map((issue) => issue.values.acronym)).toEqual(['NMT']);
    expect(issues[0]?.fix).toBeUndefined();
  });
});
