import { describe, expect, it } from 'vitest';
import { cleanPastedText } from '../../../../shared/text/cleanPastedText';
import { cleanLine, pastedLine, pastedLines } from '../../../../shared/text/pastedLines';

describe('pastedLines: what a person pastes into the summary bullets', () => {
  it('makes one bullet per dash or dot line, without the markers', () => {
    expect(pastedLines('- Egresan 1 200 ingenieros\n• Inicia el ciclo\r\n· Se abre la convocatoria\n* Otro más')).toEqual([
      'Egresan 1 200 ingenieros',
      'Inicia el ciclo',
      'Se abre la convocatoria',
      'Otro más',
    ]);
  });

  it("drops empty lines and Word's non-breaking-space runs and Symbol-font bullets", () => {
    expect(pastedLines('\uf0b7\tPrimero\u00a0\u00a0\u00a0con espacios\n\n\u00a0\u00a0\no\tSegundo nivel\n   ')).toEqual([
      'Primero con espacios',
      'Segundo nivel',
    ]);
  });

  it('takes numbers as markers only when every line is numbered', () => {
    expect(pastedLines('1. Uno\n2) Dos\n(iii) Tres')).toEqual(['Uno', 'Dos', 'Tres']);
    expect(pastedLines('2026 será el año del Poli\n- Otro')).toEqual(['2026 será el año del Poli', 'Otro']);
    expect(pastedLines('3. Lugar nacional')).toEqual(['3. Lugar nacional']);
  });

  it('keeps a word that merely starts with o', () => {
    expect(pastedLines('otorga becas\no\tsegundo')).toEqual(['otorga becas', 'segundo']);
  });
});

describe('pastedLine and cleanLine: a title', () => {
  it('joins lines with a space and trims', () => {
    expect(pastedLine('  El IPN presenta\r\n  su nuevo plan \n')).toBe('El IPN presenta su nuevo plan');
  });
  it('turns runs of non-breaking and zero-width spaces into one space', () => {
    expect(cleanLine('\u00a0Ciencia\u00a0\u00a0\u200b y  técnica\u202f')).toBe('Ciencia y técnica');
  });
});

describe('cleanPastedText: plain text pasted into the body', () => {
  it('turns runs of non-breaking spaces into one space and empties lines of nothing but spaces', () => {
    expect(cleanPastedText('Primer\u00a0\u00a0\u00a0párrafo con\u00a0nombre.\n\u00a0\u00a0\n \t\nSegundo.')).toBe(
      'Primer párrafo con\u00a0nombre.\n\n\nSegundo.',
    );
  });
});
