import { describe, expect, it } from 'vitest';
import type { Series } from '../../../../shared/domain/series';
import { exportFileName } from '../../../../shared/export/exportFileName';

const series = (es: string, en: string, numbered = true): Series => ({
  id: 'x',
  label: { es, en },
  numberFormat: { es, en },
  numbered,
  yearlyReset: true,
  requiresSummary: true,
});
const comunicado = series('Comunicado', 'Press Release');
const base = { communiqueId: 12, number: 223, year: 2021, versionSeq: 2, draft: false, format: 'docx' as const };

describe('exportFileName', () => {
  it('names approved files by series, number (three digits) and year, with the language when not Spanish', () => {
    expect(exportFileName({ ...base, series: comunicado, language: 'es' })).toBe('Comunicado-223-2021.docx');
    expect(exportFileName({ ...base, series: series('Comunicado conjunto', 'Joint Release'), language: 'en', number: 35, year: 2023, format: 'pdf' })).toBe(
      'Joint-Release-035-2023-en.pdf',
    );
  });

  it('keeps names ASCII-safe: accents dropped, spaces and signs turned into single hyphens', () => {
    expect(exportFileName({ ...base, series: series('Comunicación: Difusión «Especial»', 'x'), language: 'es', format: 'txt' })).toBe(
      'Comunicacion-Difusion-Especial-223-2021.txt',
    );
    // A label with no letters to keep falls back to the series' own id, in either language.
    expect(exportFileName({ ...base, series: { ...series('¿¡', '?!'), id: 'boletin' }, language: 'es' })).toBe('boletin-223-2021.docx');
    expect(exportFileName({ ...base, series: { ...series('¿¡', '?!'), id: 'boletin' }, language: 'en' })).toBe('boletin-223-2021-en.docx');
  });

  it('says when a file is a draft, and which text: a version or the working copy', () => {
    expect(exportFileName({ ...base, series: comunicado, language: 'es', draft: true, number: null, year: null })).toBe('Comunicado-BORRADOR-12-v2.docx');
    expect(exportFileName({ ...base, series: comunicado, language: 'es', draft: true, versionSeq: null, format: 'pdf' })).toBe('Comunicado-BORRADOR-12.pdf');
  });

  it('names an approved text of an unnumbered series by its communiqué', () => {
    expect(
      exportFileName({ ...base, series: series('Nota informativa', 'Briefing Note', false), language: 'es', number: null, year: null, format: 'html' }),
    ).toBe('Nota-informativa-12.html');
  });
});
