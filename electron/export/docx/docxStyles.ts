import type { ILevelsOptions, INumberingOptions, IStylesOptions } from 'docx';
import { AlignmentType, BorderStyle, convertMillimetersToTwip, LevelFormat } from 'docx';
import type { LetterheadDefinition } from '../../../shared/domain/letterhead';
import type { PaperLabels } from '../../../shared/print/printLabels';
import { typeScale } from '../../../shared/print/typeScale';
import { exactLine } from './exactLine';
import { hex } from './hex';
import { ruleSize } from './ruleSize';

/** The letterhead's accent (institution name, quote bar, footer rule), as on the PDF. */
export const accentColor = hex(typeScale.accentColor);
const mm = convertMillimetersToTwip;

/**
 * The document's named styles: Word's own (Normal, Title, Subtitle for the summary bullets, Quote, List Bullet,
 * List Number, Caption, Hyperlink) plus the office's number-and-dateline line and closing mark, so an editor restyles
 * the whole communiqué from Word's style gallery. Sizes and spacing come from the type scale the print CSS reads too.
 */
export function docxStyles(letterhead: LetterheadDefinition, names: PaperLabels['styles']): IStylesOptions {
  const sizePt = letterhead.font.sizePt;
  const size = Math.round(sizePt * 2);
  const after = mm(typeScale.blockGapMm);
  const leading = typeScale.bodyLeading;
  const body = exactLine(sizePt, leading);
  const { title, summary, quote, table, figure, closing } = typeScale;
  const text = hex(typeScale.textColor);
  return {
    default: { document: { run: { font: letterhead.font.family, size, color: text, kern: 2 }, paragraph: { spacing: { after, ...body } } } },
    paragraphStyles: [
      { id: 'Normal', name: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after, ...body } } },
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: Math.round(size * title.scale), bold: true, color: text },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { after, ...exactLine(sizePt * title.scale, title.leading) } },
      },
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Subtitle',
        quickFormat: true,
        run: { italics: true, color: text },
        paragraph: { alignment: AlignmentType.LEFT, keepNext: true, spacing: { after: mm(summary.itemGapMm) } },
      },
      {
        id: 'RedactaHeading',
        name: names.heading,
        basedOn: 'Normal',
        next: 'Title',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.LEFT, keepNext: true },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        quickFormat: true,
        run: { italics: true },
        paragraph: {
          indent: { left: mm(quote.indentMm), right: mm(quote.rightMm) },
          border: { left: { style: BorderStyle.SINGLE, size: ruleSize(quote.barMm), color: accentColor, space: 8 } },
        },
      },
      // Items sit line under line, as in the PDF; the list's last item leaves a block's gap.
      { id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.LEFT, spacing: { after: 0 } } },
      { id: 'ListNumber', name: 'List Number', basedOn: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.LEFT, spacing: { after: 0 } } },
      {
        id: 'Caption',
        name: 'Caption',
        basedOn: 'Normal',
        quickFormat: true,
        run: { italics: true, size: Math.round(size * figure.caption.scale) },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: mm(figure.caption.gapBeforeMm), after, ...exactLine(sizePt * figure.caption.scale, leading) },
        },
      },
      {
        id: 'RedactaTableText',
        name: names.tableText,
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: Math.round(size * table.scale) },
        paragraph: { alignment: AlignmentType.LEFT, spacing: { after: 0, ...exactLine(sizePt * table.scale, leading) } },
      },
      {
        id: 'RedactaClosing',
        name: names.closing,
        basedOn: 'Normal',
        quickFormat: true,
        run: { bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: mm(closing.gapBeforeMm) } },
      },
    ],
    characterStyles: [{ id: 'Hyperlink', name: 'Hyperlink', run: { color: accentColor, underline: {} } }],
  };
}

const bulletGlyphs = ['–', '•', '◦', '▪'];

/** Levels of a list: bullets (the summary's dash, then •, ◦, ▪) or numbers from `start`, indented as in the PDF. */
function levels(kind: 'dash' | 'bullet' | 'number', start = 1): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: kind === 'number' ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: kind === 'number' ? `%${level + 1}.` : kind === 'dash' ? '–' : (bulletGlyphs[(level % 3) + 1] ?? '•'),
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: {
        indent:
          kind === 'dash'
            ? { left: mm(typeScale.summary.indentMm), hanging: mm(typeScale.summary.markerHangMm) }
            : { left: mm(typeScale.list.indentMm * (level + 1)), hanging: mm(typeScale.list.markerHangMm) },
      },
    },
  }));
}

/** The numbering definitions: the summary's dashes, the body's bullets, and one numbered list per start value used. */
export function docxNumbering(orderedStarts: ReadonlySet<number>): INumberingOptions {
  return {
    config: [
      { reference: 'summary', levels: levels('dash') },
      { reference: 'bullets', levels: levels('bullet') },
      ...[...orderedStarts].map((start) => ({ reference: `ordered-${start}`, levels: levels('number', start) })),
    ],
  };
}
