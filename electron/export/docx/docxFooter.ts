import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Footer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { LetterheadDefinition } from '../../../shared/domain/letterhead';
import { typeScale } from '../../../shared/print/typeScale';
import { accentColor } from './docxStyles';
import { exactLine } from './exactLine';
import { hex } from './hex';
import { ruleSize } from './ruleSize';

const mm = convertMillimetersToTwip;
const { footer } = typeScale;

/** "página {x} de {y}" as runs whose numbers are Word's live PAGE and NUMPAGES fields. */
function pageLabel(label: string): TextRun {
  const parts = label.split(/(\{x\}|\{y\})/).filter(Boolean);
  return new TextRun({
    size: Math.round(footer.pageNumberPt * 2),
    children: parts.map((part) => (part === '{x}' ? PageNumber.CURRENT : part === '{y}' ? PageNumber.TOTAL_PAGES : part)),
  });
}

/** The footer on every page, as on the PDF: a rule, the address lines centred, and "página x de y" on the right. */
export function docxFooter(letterhead: LetterheadDefinition, contentWidthMm: number, label: string): Footer {
  const total = mm(contentWidthMm);
  const numberWidth = mm(28);
  const lines = letterhead.footerLines
    .filter((line) => line.trim())
    .map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 0, ...exactLine(footer.sizePt, footer.leading) },
          children: [new TextRun({ text: line, size: Math.round(footer.sizePt * 2), color: hex(footer.color) })],
        }),
    );
  const rule = { style: BorderStyle.SINGLE, size: ruleSize(footer.ruleMm), color: accentColor };
  return new Footer({
    children: [
      new Table({
        width: { size: total, type: WidthType.DXA },
        columnWidths: [total - numberWidth, numberWidth],
        borders: { ...TableBorders.NONE, top: rule },
        rows: [
          new TableRow({
            children: [
              new TableCell({ width: { size: total - numberWidth, type: WidthType.DXA }, children: lines.length > 0 ? lines : [new Paragraph({})] }),
              new TableCell({
                width: { size: numberWidth, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.BOTTOM,
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    spacing: { after: 0, ...exactLine(footer.pageNumberPt, footer.leading) },
                    children: [pageLabel(label)],
                  }),
                ],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}
