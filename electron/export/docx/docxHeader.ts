import type { ParagraphChild } from 'docx';
import {
  AlignmentType,
  convertMillimetersToTwip,
  Header,
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { LetterheadDefinition } from '../../../shared/domain/letterhead';
import { docxImage, placedSize } from './docxImage';
import { typeScale } from '../../../shared/print/typeScale';
import { accentColor } from './docxStyles';
import { exactLine } from './exactLine';
import { hex } from './hex';

const mm = convertMillimetersToTwip;
type Position = LetterheadDefinition['images'][number]['position'];

/** The letterhead's images at one position, as inline pictures of the width the letterhead gives them, and their total width. */
function images(letterhead: LetterheadDefinition, position: Position, maxHeightMm: number): { runs: ParagraphChild[]; widthPx: number } {
  const gapPx = 2.5 * (96 / 25.4);
  let widthPx = 0;
  const runs = letterhead.images
    .filter((image) => image.position === position)
    .flatMap((image, index) => {
      const decoded = docxImage(image.src);
      if (!decoded) return [];
      let size = placedSize(decoded, image.widthMm, 200);
      const maxHeight = maxHeightMm * (96 / 25.4);
      if (size.height > maxHeight) size = { width: Math.round((size.width * maxHeight) / size.height), height: Math.round(maxHeight) };
      widthPx += size.width + (index === 0 ? 0 : gapPx);
      const altText = { name: image.alt || `emblema ${index + 1}`, description: image.alt, title: image.alt };
      const run =
        decoded.type === 'svg'
          ? new ImageRun({
              type: 'svg',
              data: decoded.data,
              fallback: { type: 'png', data: decoded.fallback ?? Buffer.alloc(0) },
              transformation: size,
              altText,
            })
          : new ImageRun({ type: decoded.type, data: decoded.data, transformation: size, altText });
      return index === 0 ? [run] : [new TextRun(' '), run];
    });
  return { runs, widthPx };
}

/** A borderless cell of the letterhead's top row. */
function cell(children: Paragraph[], widthTwips: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): TableCell {
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: children.length > 0 ? children : [new Paragraph({ alignment })],
  });
}

/**
 * The letterhead as a real Word header on every page, laid out like the PDF's: emblems and header lines on the left,
 * centre emblems, commemorative line and emblems on the right; institution and motto centred below. A draft carries
 * Word's own diagonal "BORRADOR" watermark, which Word and LibreOffice show on every page.
 */
export function docxHeader(letterhead: LetterheadDefinition, contentWidthMm: number, draftLabel: string | null): Header {
  const { header } = typeScale;
  const small = Math.round(header.sizePt * 2);
  const maxImageMm = Math.max(letterhead.marginsMm.top - 22, 8);
  const left = images(letterhead, 'left', maxImageMm);
  const center = images(letterhead, 'center', maxImageMm);
  const right = images(letterhead, 'right', maxImageMm);
  const lines = letterhead.headerLines
    .filter((line) => line.trim())
    .map(
      (line, index) =>
        new Paragraph({
          spacing: { after: 0, ...exactLine(header.sizePt, header.leading) },
          alignment: AlignmentType.LEFT,
          children: [new TextRun({ text: line, size: small, bold: index === 0 })],
        }),
    );
  const commemorative = letterhead.commemorativeLine.trim()
    ? [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { after: 0, ...exactLine(header.sizePt, header.leading) },
          children: [new TextRun({ text: letterhead.commemorativeLine, size: small, bold: true, color: accentColor })],
        }),
      ]
    : [];
  const picture = (children: ParagraphChild[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    children.length > 0 ? [new Paragraph({ alignment, spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO }, children })] : [];
  // Five columns: left emblems | header lines | centre emblems | commemorative line | right emblems; emblem columns fit their pictures.
  const total = mm(contentWidthMm);
  const twipsPerPx = 1440 / 96;
  const imageColumn = (group: { widthPx: number }) => Math.round(group.widthPx * twipsPerPx) + (group.widthPx > 0 ? 120 : 0);
  const fixed = [imageColumn(left), imageColumn(center), imageColumn(right)];
  const flexible = Math.max(total - fixed.reduce((sum, width) => sum + width, 0), 0);
  const widths = [fixed[0] ?? 0, Math.round(flexible / 2), fixed[1] ?? 0, flexible - Math.round(flexible / 2), fixed[2] ?? 0];
  const row = new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    margins: { left: 60, right: 60, top: 0, bottom: 0 },
    rows: [
      new TableRow({
        children: [
          cell(picture(left.runs, AlignmentType.LEFT), widths[0] ?? 0, AlignmentType.LEFT),
          cell(lines, widths[1] ?? 0, AlignmentType.LEFT),
          cell(picture(center.runs, AlignmentType.CENTER), widths[2] ?? 0, AlignmentType.CENTER),
          cell(commemorative, widths[3] ?? 0, AlignmentType.RIGHT),
          cell(picture(right.runs, AlignmentType.RIGHT), widths[4] ?? 0, AlignmentType.RIGHT),
        ],
      }),
    ],
  });
  const name = [
    ...(letterhead.institutionName.trim()
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: mm(header.nameGapMm), after: 0, ...exactLine(header.institutionPt, header.leading) },
            children: [new TextRun({ text: letterhead.institutionName, bold: true, size: Math.round(header.institutionPt * 2), color: accentColor })],
          }),
        ]
      : []),
    ...(letterhead.motto.trim()
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 0, ...exactLine(header.mottoPt, header.leading) },
            children: [new TextRun({ text: `“${letterhead.motto}”`, italics: true, size: Math.round(header.mottoPt * 2) })],
          }),
        ]
      : []),
  ];
  const watermark = draftLabel
    ? [
        new Paragraph({
          spacing: { after: 0 },
          children: [
            new TextWatermark({
              text: draftLabel,
              font: letterhead.font.family,
              color: hex(typeScale.draftMark.color),
              opacity: typeScale.draftMark.wordOpacity,
              layout: 'diagonal',
            }),
          ],
        }),
      ]
    : [];
  return new Header({ children: [row, ...name, ...watermark] });
}
