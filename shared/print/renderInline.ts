import { isAllowedHref } from '../body/isAllowedHref';
import type { BodyMarkJson, BodyNodeJson } from '../body/bodyJson';
import { escapeHtml } from './escapeHtml';

const markTags: Record<string, string> = { bold: 'strong', italic: 'em', underline: 'u' };

/** Inline content (text with marks, line breaks) as HTML. */
export function renderInline(nodes: readonly BodyNodeJson[] = []): string {
  return nodes.map(renderInlineNode).join('');
}

function renderInlineNode(node: BodyNodeJson): string {
  if (node.type === 'hardBreak') return '<br>';
  if (node.type !== 'text') return renderInline(node.content);
  return (node.marks ?? []).reduce((html, mark) => wrap(html, mark), escapeHtml(node.text ?? ''));
}

function wrap(html: string, mark: BodyMarkJson): string {
  if (mark.type === 'link') {
    const href = mark.attrs?.href;
    return typeof href === 'string' && isAllowedHref(href) ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
  }
  const tag = markTags[mark.type];
  return tag ? `<${tag}>${html}</${tag}>` : html;
}
