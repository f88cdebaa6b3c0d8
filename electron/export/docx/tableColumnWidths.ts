import type { BodyNodeJson } from '../../../shared/body/bodyJson';

/** Measures a piece of cell text in millimetres, bold or not. */
export type MeasureText = (text: string, bold: boolean) => number;

/** A cell's padding and border across (the PDF's 1.6 mm each side and its 0.3 mm rule). */
const cellChromeMm = 3.5;

/** The lines of a cell (split at paragraphs and line breaks), each a list of runs with their weight. */
function cellLines(node: BodyNodeJson, bold: boolean, lines: { text: string; bold: boolean }[][] = [[]]): { text: string; bold: boolean }[][] {
  for (const child of node.content ?? []) {
    if (child.type === 'text')
      lines[lines.length - 1]?.push({ text: child.text ?? '', bold: bold || (child.marks ?? []).some((mark) => mark.type === 'bold') });
    else if (child.type === 'hardBreak') lines.push([]);
    else {
      if (child.type === 'paragraph' && (lines[lines.length - 1]?.length ?? 0) > 0) lines.push([]);
      cellLines(child, bold, lines);
    }
  }
  return lines;
}

/** A cell's widest line (its width on one line) and its widest word (the least it can be), padding included. */
function cellExtent(cell: BodyNodeJson, measure: MeasureText): { least: number; most: number } {
  let least = 0;
  let most = 0;
  for (const line of cellLines(cell, cell.type === 'tableHeader')) {
    most = Math.max(
      most,
      line.reduce((width, run) => width + measure(run.text, run.bold), 0),
    );
    for (const run of line) for (const word of run.text.split(/\s+/)) if (word) least = Math.max(least, measure(word, run.bold));
  }
  return { least: least + cellChromeMm, most: most + cellChromeMm };
}

/**
 * Column widths as a browser's automatic table layout gives them in the PDF: every column as wide as its longest line
 * when all fit (the rest shared in proportion), else each at least its longest word and the room shared by what each
 * still wants. Cells that span columns or rows take their grid places but leave the sizing to single cells.
 */
export function tableColumnWidths(rows: readonly BodyNodeJson[], totalMm: number, measure: MeasureText): number[] {
  const least: number[] = [];
  const most: number[] = [];
  const coveredUntil: number[] = [];
  rows.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of row.content ?? []) {
      while ((coveredUntil[column] ?? -1) >= rowIndex) column += 1;
      const colspan = typeof cell.attrs?.colspan === 'number' ? Math.max(cell.attrs.colspan, 1) : 1;
      const rowspan = typeof cell.attrs?.rowspan === 'number' ? Math.max(cell.attrs.rowspan, 1) : 1;
      for (let offset = 0; offset < colspan; offset += 1) {
        coveredUntil[column + offset] = rowIndex + rowspan - 1;
        least[column + offset] ??= cellChromeMm;
        most[column + offset] ??= cellChromeMm;
      }
      if (colspan === 1) {
        const extent = cellExtent(cell, measure);
        least[column] = Math.max(least[column] ?? 0, extent.least);
        most[column] = Math.max(most[column] ?? 0, extent.most);
      }
      column += colspan;
    }
  });
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  if (most.length === 0) return [totalMm];
  if (sum(most) <= totalMm) return most.map((width) => (width * totalMm) / sum(most));
  if (sum(least) >= totalMm) return least.map((width) => (width * totalMm) / sum(least));
  const room = totalMm - sum(least);
  const wants = most.map((width, index) => width - (least[index] ?? 0));
  return least.map((width, index) => width + (room * (wants[index] ?? 0)) / sum(wants));
}
