import type { BlockHandlers, BlockNode, InlineHandlers, InlineNode, TableCellNode, TableRowNode } from '../../../shared/body/bodyNode';
import { onBlock, onInline } from '../../../shared/body/bodyNode';
import { typeScale } from '../../../shared/print/typeScale';

/** Measures a piece of cell text in millimetres, bold or not. */
export type MeasureText = (text: string, bold: boolean) => number;

/** A cell's padding and border across, as in the PDF: padding each side and one rule. */
const cellChromeMm = typeScale.table.cellPaddingMm.horizontal * 2 + typeScale.table.ruleMm;

/** A line of a cell: its runs with their weight. */
type Line = { text: string; bold: boolean }[];

/** How each kind of block adds to a cell's lines (split at paragraphs and line breaks). */
const blockLines: BlockHandlers<void, [boolean, Line[]]> = {
  paragraph: (node, bold, lines) => {
    if ((lines[lines.length - 1]?.length ?? 0) > 0) lines.push([]);
    inlineLines(node.content, bold, lines);
  },
  blockquote: (node, bold, lines) => cellLines(node.content, bold, lines),
  bulletList: (node, bold, lines) => {
    for (const item of node.items) cellLines(item.content, bold, lines);
  },
  orderedList: (node, bold, lines) => {
    for (const item of node.items) cellLines(item.content, bold, lines);
  },
  table: (node, bold, lines) => {
    for (const row of node.rows) for (const cell of row.cells) cellLines(cell.content, bold || cell.header, lines);
  },
  figure: (node, bold, lines) => inlineLines(node.caption, bold, lines),
};

const inlineLine: InlineHandlers<void, [boolean, Line[]]> = {
  text: (node, bold, lines) => {
    lines[lines.length - 1]?.push({ text: node.text, bold: bold || node.marks.some((mark) => mark.type === 'bold') });
  },
  hardBreak: (_node, _bold, lines) => {
    lines.push([]);
  },
};

function inlineLines(nodes: readonly InlineNode[], bold: boolean, lines: Line[]): void {
  for (const node of nodes) onInline(inlineLine, node, bold, lines);
}

/** The lines of a cell's blocks, each a list of runs with their weight. */
function cellLines(blocks: readonly BlockNode[], bold: boolean, lines: Line[] = [[]]): Line[] {
  for (const block of blocks) onBlock(blockLines, block, bold, lines);
  return lines;
}

/** A cell's widest line (its width on one line) and its widest word (the least it can be), padding included. */
function cellExtent(cell: TableCellNode, measure: MeasureText): { least: number; most: number } {
  let least = 0;
  let most = 0;
  for (const line of cellLines(cell.content, cell.header)) {
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
export function tableColumnWidths(rows: readonly TableRowNode[], totalMm: number, measure: MeasureText): number[] {
  const least: number[] = [];
  const most: number[] = [];
  const coveredUntil: number[] = [];
  rows.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of row.cells) {
      while ((coveredUntil[column] ?? -1) >= rowIndex) column += 1;
      const { colspan, rowspan } = cell;
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
