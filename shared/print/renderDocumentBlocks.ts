import { escapeHtml } from './escapeHtml';
import type { PrintDocument } from './PrintDocument';
import { renderBodyBlocks } from './renderBodyBlocks';

/** The whole communiqué as blocks in reading order: number and dateline, title, summary, body, closing mark. */
export function renderDocumentBlocks(doc: PrintDocument): string[] {
  const head = [
    `<div class="doc-heading"><span class="doc-number">${escapeHtml(doc.numberLine)}</span><span class="doc-dateline">${escapeHtml(doc.dateline)}</span></div>`,
  ];
  if (doc.title.trim()) head.push(`<h1 class="doc-title">${escapeHtml(doc.title)}</h1>`);
  if (doc.summary.length > 0) {
    head.push(`<ul class="doc-summary">${doc.summary.map((bullet) => `<li>${escapeHtml(bullet)}</li>`).join('')}</ul>`);
  }
  const closing = doc.closingMark.trim() ? [`<p class="doc-closing">${escapeHtml(doc.closingMark)}</p>`] : [];
  return [...head, ...renderBodyBlocks(doc.body), ...closing];
}
