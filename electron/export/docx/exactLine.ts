import { LineRuleType } from 'docx';

/**
 * Line spacing fixed in points, as the print CSS's `line-height` (a multiple of the font size). Word's "multiple"
 * spacing multiplies the font's own line gap instead (Montserrat's is 1.22 em in LibreOffice and 1.56 em in Word),
 * which would make the Word file longer than the PDF.
 */
export function exactLine(sizePt: number, multiple: number): { line: number; lineRule: typeof LineRuleType.EXACT } {
  return { line: Math.round(sizePt * multiple * 20), lineRule: LineRuleType.EXACT };
}
