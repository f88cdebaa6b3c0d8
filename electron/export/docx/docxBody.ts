import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  ImageRun,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import type { BlockHandlers, BlockNode, FigureNode, ListItemNode, ParagraphNode, TableNode } from '../../../shared/body/bodyNode';
import { onBlock } from '../../../shared/body/bodyNode';
import type { RunStyle } from './docxInline';
import { docxInline } from './docxInline';
import { docxImage, placedSize } from './docxImage';
import type { MeasureText } from './tableColumnWidths';
import { tableColumnWidths } from './tableColumnWidths';
import { hex } from './hex';
import { ruleSize } from './ruleSize';
import { typeScale } from '../../../shared/print/typeScale';

/** Where the body's blocks are laid: the page's usable size, and the numbered lists met so far. */
export interface BodyLayout {
  contentWidthMm: number;
  contentHeightMm: number;
  /** Each ordered list restarts its count: the Nth list is numbering instance N. */
  nextListInstance: number;
  /** The start values ordered lists use (each needs its numbering definition). */
  orderedStarts: Set<number>;
  /** How wide table text is, to size columns as the PDF does. */
  measureTableText: MeasureText;
  /** The document's word for an image without alternative text. */
  imageLabel: string;
}

/** Where a block sits: in a quote, in a list item (at a depth), in a table header cell. */
interface Place {
  quote: boolean;
  list: { reference: string; level: number; instance: number } | null;
  header: boolean;
  cell: boolean;
}

/** What a body block becomes in Word. */
type Block = Paragraph | Table;

const top: Place = { quote: false, list: null, header: false, cell: false };
const cellBorder = { style: BorderStyle.SINGLE, size: ruleSize(typeScale.table.ruleMm), color: hex(typeScale.table.ruleColor) };

/** The body's blocks as Word paragraphs and tables, with the office's named styles so Word can restyle them. */
export function docxBody(body: readonly BlockNode[], layout: BodyLayout): (Paragraph | Table)[] {
  return blocks(body, top, layout);
}

/** What each kind of block becomes in Word, where it sits. */
const blockDocx: BlockHandlers<Block[], [Place, BodyLayout]> = {
  paragraph: (node, place) => [paragraph(node, place)],
  blockquote: (node, place, layout) => blocks(node.content, { ...place, quote: true }, layout),
  bulletList: (node, place, layout) => list(node.items, null, place, layout),
  orderedList: (node, place, layout) => list(node.items, node.start, place, layout),
  // Word keeps no gap after a table: a short empty paragraph gives the PDF's space before what follows.
  table: (node, _place, layout) => [
    table(node, layout),
    new Paragraph({ spacing: { before: 0, after: 0, line: convertMillimetersToTwip(typeScale.blockGapMm), lineRule: LineRuleType.EXACT }, children: [] }),
  ],
  figure: (node, _place, layout) => figure(node, layout),
};

function blocks(nodes: readonly BlockNode[], place: Place, layout: BodyLayout): Block[] {
  return nodes.flatMap((node) => onBlock(blockDocx, node, place, layout));
}

function paragraph(node: ParagraphNode, place: Place, numbered = true, endsList = false): Paragraph {
  const style: RunStyle = { ...(place.quote ? { italics: true } : {}), ...(place.header ? { bold: true } : {}) };
  const children = docxInline(node.content, style);
  if (place.list) {
    const styleId = place.list.reference === 'bullets' ? 'ListBullet' : 'ListNumber';
    const spacing = endsList ? { spacing: { after: convertMillimetersToTwip(typeScale.blockGapMm) } } : {};
    return numbered
      ? new Paragraph({
          style: styleId,
          children,
          ...spacing,
          numbering: { reference: place.list.reference, level: place.list.level, instance: place.list.instance },
        })
      : new Paragraph({ style: styleId, children, ...spacing, indent: { left: 720 * (place.list.level + 1) } });
  }
  if (place.quote) return new Paragraph({ style: 'Quote', children });
  // Table cells are too narrow to justify, as in the PDF.
  return place.cell ? new Paragraph({ style: 'RedactaTableText', children }) : new Paragraph({ children });
}

/** A bulleted (`start` null) or numbered list. */
function list(items: readonly ListItemNode[], start: number | null, place: Place, layout: BodyLayout): Block[] {
  if (start !== null) layout.orderedStarts.add(start);
  const reference = start === null ? 'bullets' : `ordered-${start}`;
  const level = place.list ? Math.min(place.list.level + 1, 8) : 0;
  const instance = start === null ? 0 : layout.nextListInstance++;
  const inList: Place = { ...place, list: { reference, level, instance } };
  return items.flatMap((item, itemIndex) =>
    item.content.flatMap((child, index) => {
      // The item's first paragraph carries the bullet or number; what follows in the item is indented under it.
      if (child.type !== 'paragraph') return onBlock(blockDocx, child, inList, layout);
      // A whole list leaves the gap of a block after it, as in the PDF.
      const last = level === 0 && itemIndex === items.length - 1 && index === item.content.length - 1;
      return [paragraph(child, inList, index === 0, last)];
    }),
  );
}

function table(node: TableNode, layout: BodyLayout): Table {
  const { rows } = node;
  const total = convertMillimetersToTwip(layout.contentWidthMm);
  const { cellPaddingMm } = typeScale.table;
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: tableColumnWidths(rows, layout.contentWidthMm, layout.measureTableText).map((width) => convertMillimetersToTwip(width)),
    borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder, insideHorizontal: cellBorder, insideVertical: cellBorder },
    // The PDF's cell padding.
    margins: {
      top: convertMillimetersToTwip(cellPaddingMm.vertical),
      bottom: convertMillimetersToTwip(cellPaddingMm.vertical),
      left: convertMillimetersToTwip(cellPaddingMm.horizontal),
      right: convertMillimetersToTwip(cellPaddingMm.horizontal),
    },
    rows: rows.map((row) => {
      const headerRow = row.cells.length > 0 && row.cells.every((cell) => cell.header);
      return new TableRow({
        // A header row repeats at the top of each page the table runs onto, as in the PDF.
        tableHeader: headerRow,
        children: row.cells.map((cell) => {
          const content = blocks(cell.content, { quote: false, list: null, header: cell.header, cell: true }, layout);
          return new TableCell({
            children: content.length > 0 ? content : [new Paragraph({})],
            ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
            ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
            ...(cell.header ? { shading: { type: ShadingType.CLEAR, fill: hex(typeScale.table.headerFill), color: 'auto' } } : {}),
          });
        }),
      });
    }),
  });
}

function figure(node: FigureNode, layout: BodyLayout): Paragraph[] {
  const image = docxImage(node.src);
  if (!image) return [];
  const { alt } = node;
  // As in the PDF: as wide as the text at most, and no taller than its share of the text's height.
  const byWidth = placedSize(image, null, layout.contentWidthMm);
  const maxHeight = layout.contentHeightMm * typeScale.figure.maxHeightShare * (96 / 25.4);
  const size = byWidth.height > maxHeight ? { width: Math.round((byWidth.width * maxHeight) / byWidth.height), height: Math.round(maxHeight) } : byWidth;
  const altText = { name: alt || layout.imageLabel, description: alt, title: alt };
  const run =
    image.type === 'svg'
      ? new ImageRun({ type: 'svg', data: image.data, fallback: { type: 'png', data: image.fallback ?? Buffer.alloc(0) }, transformation: size, altText })
      : new ImageRun({ type: image.type, data: image.data, transformation: size, altText });
  const caption = docxInline(node.caption);
  return [
    // A picture sets its own line height: fixed spacing would crop it.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: caption.length > 0,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, after: caption.length > 0 ? 0 : convertMillimetersToTwip(typeScale.blockGapMm) },
      children: [run],
    }),
    ...(caption.length > 0 ? [new Paragraph({ style: 'Caption', children: caption })] : []),
  ];
}
