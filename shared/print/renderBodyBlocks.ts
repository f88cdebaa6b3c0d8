import type { BlockHandlers, BlockNode, ListItemNode, TableCellNode } from '../body/bodyNode';
import { onBlock } from '../body/bodyNode';
import { isFrozenJson } from '../body/frozenJson';
import { escapeHtml } from './escapeHtml';
import { renderInline } from './renderInline';

/** How each kind of block prints; `nested` is true inside a quote, a list item or a table cell. */
const blockHtml: BlockHandlers<string, [boolean]> = {
  paragraph: (node, nested) => `<p${nested ? '' : ' class="body-p"'}>${renderInline(node.content) || '<br>'}</p>`,
  blockquote: (node) => `<blockquote class="body-quote">${nestedBlocks(node.content)}</blockquote>`,
  bulletList: (node) => `<ul class="body-list">${node.items.map(listItem).join('')}</ul>`,
  orderedList: (node) => `<ol class="body-list" start="${node.start}">${node.items.map(listItem).join('')}</ol>`,
  table: (node) => `<table class="body-table"><tbody>${node.rows.map((row) => `<tr>${row.cells.map(tableCell).join('')}</tr>`).join('')}</tbody></table>`,
  figure: (node) => {
    const caption = renderInline(node.caption);
    return `<figure class="body-figure"><img src="${node.src}" alt="${escapeHtml(node.alt)}">${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
  },
};

/** The body's top-level blocks, one HTML block each: the units the paginator places and splits. */
export function renderBodyBlocks(body: readonly BlockNode[]): string[] {
  return body.map((node) => (isFrozenJson(node) ? renderOnce(node) : onBlock(blockHtml, node, false)));
}

/** The HTML of frozen blocks, by block: a long body's unchanged blocks are rendered once (and are the same string). */
const renderedBefore = new WeakMap<BlockNode, string>();

function renderOnce(node: BlockNode): string {
  let html = renderedBefore.get(node);
  if (html === undefined) {
    html = onBlock(blockHtml, node, false);
    renderedBefore.set(node, html);
  }
  return html;
}

function nestedBlocks(nodes: readonly BlockNode[]): string {
  return nodes.map((node) => onBlock(blockHtml, node, true)).join('');
}

function listItem(item: ListItemNode): string {
  return `<li>${nestedBlocks(item.content)}</li>`;
}

function tableCell(cell: TableCellNode): string {
  const tag = cell.header ? 'th' : 'td';
  const span = (name: 'colspan' | 'rowspan') => (cell[name] > 1 ? ` ${name}="${cell[name]}"` : '');
  return `<${tag}${span('colspan')}${span('rowspan')}>${nestedBlocks(cell.content)}</${tag}>`;
}
