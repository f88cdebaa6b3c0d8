import { describe, expect, it } from 'vitest';
import type { NumberEntry } from '../../../../shared/domain/numberEntry';
import { numbersCsv } from '../../../../shared/review/numbersCsv';

const entry = (over: Partial<NumberEntry>): NumberEntry => ({
  series: 'comunicado',
  year: 2026,
  number: 1,
  state: 'assigned',
  communiqueId: 7,
  communiqueStatus: 'approved',
  title: 'Buscará IPN posgrado dual',
  assignedBy: 'eva',
  assignedAt: '2026-11-20T17:00:00.000Z',
  voidedBy: null,
  voidedAt: null,
  voidReason: null,
  ...over,
});

describe('numbersCsv', () => {
  it('writes a Spanish header and one CRLF-separated row per number', () => {
    const csv = numbersCsv(
      [entry({}), entry({ number: 2, state: 'voided', voidedBy: 'eva', voidedAt: '2026-11-21T10:00:00.000Z', voidReason: 'Duplicado' })],
      'es',
    );
    expect(csv.split('\r\n')).toEqual([
      'serie,año,número,estado,comunicado,título,asignado_por,asignado_el,anulado_por,anulado_el,motivo',
      'comunicado,2026,1,asignado,7,Buscará IPN posgrado dual,eva,2026-11-20T17:00:00.000Z,,,',
      'comunicado,2026,2,anulado,7,Buscará IPN posgrado dual,eva,2026-11-20T17:00:00.000Z,eva,2026-11-21T10:00:00.000Z,Duplicado',
    ]);
  });

  it('quotes commas, quotes and line breaks so every title stays in its column', () => {
    const csv = numbersCsv([entry({ title: 'IPN, UNAM y "otras"\nsegunda línea' })], 'en');
    expect(csv.split('\r\n')[1]).toContain('"IPN, UNAM y ""otras""\nsegunda línea"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const csv = numbersCsv([entry({ title: '=HYPERLINK("http://x")', voidReason: '+1 error', voidedBy: 'eva' })], 'es');
    const row = csv.split('\r\n')[1] ?? '';
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(row).toContain("'+1 error");
  });

  it('keeps every cell safe whether the spreadsheet splits on commas or on semicolons', () => {
    const hostile = ['Cifras; =HYPERLINK("http://x")', 'a;+SUM(1)', 'x;@cmd', 'y;-2+3', 'normal'];
    const csv = numbersCsv(
      hostile.map((title, i) => entry({ number: i + 1, title, voidReason: title })),
      'es',
    );
    // A reader that splits on the separator outside quotes, as a spreadsheet in either setting does.
    const cells = (line: string, separator: string) => {
      const found: string[] = [];
      let cell = '';
      let quoted = false;
      for (const character of line) {
        if (character === '"') quoted = !quoted;
        else if (character === separator && !quoted) {
          found.push(cell);
          cell = '';
        } else cell += character;
      }
      return [...found, cell];
    };
    for (const line of csv.split('\r\n').slice(1))
      for (const separator of [',', ';']) for (const cell of cells(line, separator)) expect(cell, `${separator} ${line}`).not.toMatch(/^\s*[=+@]|^\s*-\D/);
  });
});
