import { blocksToPlainText } from '../body/bodyToPlainText';
import type { PrintDocument } from '../print/PrintDocument';

/** The communiqué as plain text in the paper's order: number, dateline, title, bullets, body, closing mark (a draft says so first). */
export function communiqueText(doc: PrintDocument): string {
  const parts = [
    ...(doc.draft ? [`*** ${doc.labels.draft} ***`, ''] : []),
    doc.numberLine,
    doc.dateline,
    '',
    doc.title,
    '',
    ...doc.summary.map((bullet) => `- ${bullet}`),
    ...(doc.summary.length > 0 ? [''] : []),
    blocksToPlainText(doc.body, doc.labels.image),
    ...(doc.closingMark.trim() ? ['', doc.closingMark] : []),
  ];
  return `${parts
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
