import type { ILevelsOptions, INumberingOptions, IStylesOptions } from 'docx';
import { AlignmentType, BorderStyle, convertMillimetersToTwip, LevelFormat } from 'docx';
import type { LetterheadDefinition } from '../../../shared/domain/letterhead';
import { exactLine } from './exactLine';

/** The letterhead's accent (institution name, quote bar, footer rule), as on the PDF. */
export const accentColor = '6C1D45';
const mm = convertMillimetersToTwip;

/**
 * The document's named styles: Word's own (Normal, Title, Subtitle for the summary bullets, Quote, List Bullet,
 * List Number, Caption, Hyperlink) plus the office's number-and-dateline line and closing mark, so an editor restyles
 * the whole communiqué from Word's style gallery. Sizes and spacing follow the PDF's print CSS.
 */
export function docxStyles(letterhead: LetterheadDefinition): IStylesOptions {
  const sizePt = letterhead.font.sizePt;
  const size = Math.round(sizePt * 2);
  const after = mm(3.2);
  const body = exactLine(sizePt, 1.45);
  return {
    default: { document: { run: { font: letterhead.font.family, size, color: '111111', kern: 2 }, paragraph: { spacing: { after, ...body } } } },
    paragraphStyles: [
      { id: 'Normal', name: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after, ...body } } },
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: Math.round(size * 1.3), bold: true, color: '111111' },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { after, ...exactLine(sizePt * 1.3, 1.3) } },
      },
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Subtitle',
        quickFormat: true,
        run: { italics: true, color: '111111' },
        paragraph: { alignment: AlignmentType.LEFT, keepNext: true, spacing: { after: mm(1) } },
      },
      {
        id: 'RedactaHeading',
        name: 'Número y fecha',
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
        // The PDF's quote keeps the browser's 40 px right margin.
        paragraph: {
          indent: { left: mm(6), right: mm((40 * 25.4) / 96) },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: accentColor, space: 8 } },
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
        run: { italics: true, size: Math.round(size * 0.85) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: mm(1), after, ...exactLine(sizePt * 0.85, 1.45) } },
      },
      {
        id: 'RedactaTableText',
        name: 'Texto de tabla',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: Math.round(size * 0.92) },
        paragraph: { alignment: AlignmentType.LEFT, spacing: { after: 0, ...exactLine(sizePt * 0.92, 1.45) } },
      },
      {
        id: 'RedactaClosing',
        name: 'Cierre',
        basedOn: 'Normal',
        quickFormat: true,
        run: { bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: mm(2) } },
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
    style: { paragraph: { indent: { left: mm(kind === 'dash' ? 6 : 7 * (level + 1)), hanging: mm(kind === 'dash' ? 4.5 : 5) } } },
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
