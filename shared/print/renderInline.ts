import type { BodyMark, InlineHandlers, InlineNode, MarkHandlers } from '../body/bodyNode';
import { onInline, onMark } from '../body/bodyNode';
import { escapeHtml } from './escapeHtml';

const markHtml: MarkHandlers<string, [string]> = {
  bold: (_mark, html) => `<strong>${html}</strong>`,
  italic: (_mark, html) => `<em>${html}</em>`,
  underline: (_mark, html) => `<u>${html}</u>`,
  link: (mark, html) => `<a href="${escapeHtml(mark.href)}">${html}</a>`,
};

const inlineHtml: InlineHandlers<string> = {
  text: (node) => node.marks.reduce((html, mark: BodyMark) => onMark(markHtml, mark, html), escapeHtml(node.text)),
  hardBreak: () => '<br>',
};

/** Inline content (text with marks, line breaks) as HTML. */
export function renderInline(nodes: readonly InlineNode[] = []): string {
  return nodes.map((node) => onInline(inlineHtml, node)).join('');
}
