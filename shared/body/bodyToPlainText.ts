import type { BodyNodeJson } from './bodyJson';
import type { BlockHandlers, BlockNode, InlineHandlers, InlineNode, ListItemNode } from './bodyNode';
import { onBlock, onInline } from './bodyNode';
import { readBody } from './readBody';

/**
 * Renders a body as plain text: paragraphs apart by blank lines, items with "- " or "1. ", quotes with "> ", table rows
 * with " | ", an image as its alternative text in brackets (`imageLabel` when it has none: the document's word for it).
 */
export function bodyToPlainText(body: BodyNodeJson, imageLabel: string): string {
  return blocksToPlainText(readBody(body), imageLabel);
}

/** The body's blocks as plain text (see `bodyToPlainText`). */
export function blocksToPlainText(body: readonly BlockNode[], imageLabel: string): string {
  return blocks(body, { prefix: '', imageLabel }).join('\n\n');
}

/** Where a block is written: after what prefix (quote marks), and the word for an image without alternative text. */
interface At {
  prefix: string;
  imageLabel: string;
}

const blockText: BlockHandlers<string[], [At]> = {
  paragraph: (node, at) => [at.prefix + inline(node.content)],
  blockquote: (node, at) => blocks(node.content, { ...at, prefix: `${at.prefix}> ` }),
  bulletList: (node, at) => [listItems(node.items, at, () => '- ')],
  orderedList: (node, at) => [listItems(node.items, at, (index) => `${node.start + index}. `)],
  table: (node, at) => [
    node.rows.map((row) => at.prefix + row.cells.map((cell) => blocks(cell.content, { ...at, prefix: '' }).join(' ')).join(' | ')).join('\n'),
  ],
  figure: (node, at) => {
    const alt = `[${node.alt || at.imageLabel}]`;
    const caption = inline(node.caption);
    return [at.prefix + (caption ? `${alt} ${caption}` : alt)];
  },
};

const inlineText: InlineHandlers<string> = {
  text: (node) => node.text,
  hardBreak: () => '\n',
};

function blocks(nodes: readonly BlockNode[], at: At): string[] {
  return nodes.flatMap((node) => onBlock(blockText, node, at));
}

function listItems(items: readonly ListItemNode[], at: At, bullet: (index: number) => string): string {
  return items
    .map((item, index) => {
      const marker = bullet(index);
      const [first = '', ...rest] = blocks(item.content, { ...at, prefix: '' });
      const indent = ' '.repeat(marker.length);
      return [at.prefix + marker + first, ...rest.map((line) => at.prefix + indent + line)].join('\n');
    })
    .join('\n');
}

function inline(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => onInline(inlineText, node)).join('');
}
