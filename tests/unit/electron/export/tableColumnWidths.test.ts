import { describe, expect, it } from 'vitest';
import type { TableCellNode, TableRowNode } from '../../../../shared/body/bodyNode';
import { tableColumnWidths } from '../../../../electron/export/docx/tableColumnWidths';
import { textWidthMm } from '../../../../electron/export/docx/textWidthMm';

const cell = (text: string, spans: { colspan?: number; rowspan?: number } = {}, type = 'tableCell'): TableCellNode => ({
  type: 'tableCell',
  header: type === 'tableHeader',
  colspan: spans.colspan ?? 1,
  rowspan: spans.rowspan ?? 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text, marks: [] }] }],
});
const row = (...cells: TableCellNode[]): TableRowNode => ({ type: 'tableRow', cells });
const measure = (text: string, bold: boolean) => textWidthMm('Montserrat', text, 10, bold);
const round = (widths: number[]) => widths.map((width) => Math.round(width));

describe('table columns in the Word file, sized as the PDF sizes them', () => {
  it('give each column room for its longest line when all fit, sharing what is left in proportion', () => {
    const rows = [row(cell('Institución', {}, 'tableHeader'), cell('Fundación', {}, 'tableHeader')), row(cell('Instituto Politécnico Nacional'), cell('1936'))];
    const widths = tableColumnWidths(rows, 170, measure);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(170, 6);
    // The header "Fundación" is bold and is the column's longest line: it fits on one line.
    expect(widths[1] ?? 0).toBeGreaterThan(measure('Fundación', true) + 3.2);
    expect(widths[0] ?? 0).toBeGreaterThan((widths[1] ?? 0) * 2);
  });

  it('when the text cannot fit on one line, keep every column at least as wide as its longest word', () => {
    const long = 'una descripción larga que no cabe en una sola línea de la tabla y tendrá que partirse en varias líneas';
    const rows = [row(cell(long), cell(long), cell('Interdisciplinariamente'))];
    const widths = tableColumnWidths(rows, 120, measure);
    expect(round(widths)).toEqual(round([widths[0] ?? 0, widths[0] ?? 0, widths[2] ?? 0]));
    expect(widths[2] ?? 0).toBeGreaterThanOrEqual(measure('Interdisciplinariamente', false) + 3.2);
  });

  it('place cells after those spanning rows or columns in their own columns', () => {
    const rows = [row(cell('Sede', { rowspan: 2 }), cell('Periodo', { colspan: 2 })), row(cell('2021'), cell('Una columna mucho más ancha que las otras'))];
    const widths = tableColumnWidths(rows, 170, measure);
    expect(widths).toHaveLength(3);
    expect(widths[2] ?? 0).toBeGreaterThan((widths[1] ?? 0) * 3);
  });
});
