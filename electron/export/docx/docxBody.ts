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
import type { BodyNodeJson } from '../../../shared/body/bodyJson';
import { isAllowedImageSrc } from '../../../shared/body/imageSource';
import type { RunStyle } from './docxInline';
import { docxInline } from './docxInline';
import { docxImage, placedSize } from './docxImage';
import type { MeasureText } from './tableColumnWidths';
import { tableColumnWidths } from './tableColumnWidths';

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
const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '777777' };

/** The body's blocks as Word paragraphs and tables, with the office's named styles so Word can restyle them. */
export function docxBody(body: BodyNodeJson, layout: BodyLayout): (Paragraph | Table)[] {
  return blocks(body.content ?? [], top, layout);
}

function blocks(nodes: readonly BodyNodeJson[], place: Place, layout: BodyLayout): Block[] {
  return nodes.flatMap((node) => block(node, place, layout));
}

function block(node: BodyNodeJson, place: Place, layout: BodyLayout): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(node, place)];
    case 'blockquote':
      return blocks(node.content ?? [], { ...place, quote: true }, layout);
    case 'bulletList':
    case 'orderedList':
      return list(node, place, layout);
    case 'table':
      // Word keeps no gap after a table: a short empty paragraph gives the PDF's space before what follows.
      return [
        table(node, layout),
        new Paragraph({ spacing: { before: 0, after: 0, line: convertMillimetersToTwip(3.2), lineRule: LineRuleType.EXACT }, children: [] }),
      ];
    case 'figure':
      return figure(node, layout);
    default:
      return node.content ? blocks(node.content, place, layout) : [];
  }
}

function paragraph(node: BodyNodeJson, place: Place, numbered = true, endsList = false): Paragraph {
  const style: RunStyle = { ...(place.quote ? { italics: true } : {}), ...(place.header ? { bold: true } : {}) };
  const children = docxInline(node.content, style);
  if (place.list) {
    const styleId = place.list.reference === 'bullets' ? 'ListBullet' : 'ListNumber';
    const spacing = endsList ? { spacing: { after: convertMillimetersToTwip(3.2) } } : {};
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

function list(node: BodyNodeJson, place: Place, layout: BodyLayout): Block[] {
  const ordered = node.type === 'orderedList';
  const start = ordered && typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
  if (ordered) layout.orderedStarts.add(start);
  const reference = ordered ? `ordered-${start}` : 'bullets';
  const level = place.list ? Math.min(place.list.level + 1, 8) : 0;
  const instance = ordered ? layout.nextListInstance++ : 0;
  const inList: Place = { ...place, list: { reference, level, instance } };
  const items = node.content ?? [];
  return items.flatMap((item, itemIndex) =>
    (item.content ?? []).flatMap((child, index) => {
      // The item's first paragraph carries the bullet or number; what follows in the item is indented under it.
      if (child.type !== 'paragraph') return block(child, inList, layout);
      // A whole list leaves the gap of a block after it, as in the PDF.
      const last = level === 0 && itemIndex === items.length - 1 && index === (item.content ?? []).length - 1;
      return [paragraph(child, inList, index === 0, last)];
    }),
  );
}

function table(node: BodyNodeJson, layout: BodyLayout): Table {
  const rows = node.content ?? [];
  const total = convertMillimetersToTwip(layout.contentWidthMm);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: tableColumnWidths(rows, layout.contentWidthMm, layout.measureTableText).map((width) => convertMillimetersToTwip(width)),
    borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder, insideHorizontal: cellBorder, insideVertical: cellBorder },
    // The PDF's cell padding (1 mm by 1.6 mm).
    margins: {
      top: convertMillimetersToTwip(1),
      bottom: convertMillimetersToTwip(1),
      left: convertMillimetersToTwip(1.6),
      right: convertMillimetersToTwip(1.6),
    },
    rows: rows.map((row) => {
      const cells = row.content ?? [];
      const headerRow = cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader');
      return new TableRow({
        // A header row repeats at the top of each page the table runs onto, as in the PDF.
        tableHeader: headerRow,
        children: cells.map((cell) => {
          const header = cell.type === 'tableHeader';
          const span = (name: string) =>
            typeof cell.attrs?.[name] === 'number' && (cell.attrs[name] as number) > 1 ? (cell.attrs[name] as number) : undefined;
          const columnSpan = span('colspan');
          const rowSpan = span('rowspan');
          const content = blocks(cell.content ?? [], { quote: false, list: null, header, cell: true }, layout);
          return new TableCell({
            children: content.length > 0 ? content : [new Paragraph({})],
            ...(columnSpan ? { columnSpan } : {}),
            ...(rowSpan ? { rowSpan } : {}),
            ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'F1E9ED', color: 'auto' } } : {}),
          });
        }),
      });
    }),
  });
}

function figure(node: BodyNodeJson, layout: BodyLayout): Paragraph[] {
  const src = node.attrs?.src;
  const image = isAllowedImageSrc(src) ? docxImage(src) : null;
  if (!image) return [];
  const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
  // As in the PDF: as wide as the text at most, and no taller than 80 % of it.
  const byWidth = placedSize(image, null, layout.contentWidthMm);
  const maxHeight = layout.contentHeightMm * 0.8 * (96 / 25.4);
  const size = byWidth.height > maxHeight ? { width: Math.round((byWidth.width * maxHeight) / byWidth.height), height: Math.round(maxHeight) } : byWidth;
  const altText = { name: alt || 'imagen', description: alt, title: alt };
  const run =
    image.type === 'svg'
      ? new ImageRun({ type: 'svg', data: image.data, fallback: { type: 'png', data: image.fallback ?? Buffer.alloc(0) }, transformation: size, altText })
      : new ImageRun({ type: image.type, data: image.data, transformation: size, altText });
  const caption = docxInline(node.content);
  return [
    // A picture sets its own line height: fixed spacing would crop it.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: caption.length > 0,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, after: caption.length > 0 ? 0 : convertMillimetersToTwip(3.2) },
      children: [run],
    }),
    ...(caption.length > 0 ? [new Paragraph({ style: 'Caption', children: caption })] : []),
  ];
}
