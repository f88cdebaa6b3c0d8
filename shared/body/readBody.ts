import type { BodyMarkJson, BodyNodeJson } from './bodyJson';
import type { BlockNode, BodyMark, InlineNode, ListItemNode, TableCellNode, TableRowNode } from './bodyNode';
import { freezeJson, isFrozenJson } from './frozenJson';
import { isAllowedImageSrc } from './imageSource';
import { isAllowedHref } from './isAllowedHref';

/**
 * The body's JSON (as tiptap stores it, checked against the schema when saved) as the closed union the exporters walk.
 * What no exporter may show is dropped here, once for all of them: an image that is not an allowed PNG or JPEG, a link
 * to an address that is not allowed, and a kind this build does not know.
 */
export function readBody(body: BodyNodeJson): BlockNode[] {
  return (body.content ?? []).flatMap((node) => {
    const read = isFrozenJson(node) ? readOnce(node) : block(node);
    return read ? [read] : [];
  });
}

/** Top-level blocks read before, by their frozen JSON: a long body's unchanged blocks are read once, not at every pause. */
const readBefore = new WeakMap<BodyNodeJson, BlockNode | null>();

/** A frozen block as read once, itself frozen (and so registered), so what is made of it can be kept by it in turn. */
function readOnce(node: BodyNodeJson): BlockNode | null {
  let read = readBefore.get(node);
  if (read === undefined) {
    read = block(node);
    if (read) freezeJson(read);
    readBefore.set(node, read);
  }
  return read;
}

/** How each block kind is read from the stored JSON: a kind added to the union without a reader does not compile. */
const blockReaders: { [K in BlockNode['type']]: (node: BodyNodeJson) => Extract<BlockNode, { type: K }> | null } = {
  paragraph: (node) => ({ type: 'paragraph', content: inline(node.content) }),
  blockquote: (node) => ({ type: 'blockquote', content: blocks(node.content) }),
  bulletList: (node) => ({ type: 'bulletList', items: items(node.content) }),
  orderedList: (node) => {
    const start = node.attrs?.start;
    return { type: 'orderedList', start: typeof start === 'number' && Number.isInteger(start) ? start : 1, items: items(node.content) };
  },
  table: (node) => ({ type: 'table', rows: (node.content ?? []).filter((row) => row.type === 'tableRow').map(tableRow) }),
  figure: (node) => {
    const { src, alt } = node.attrs ?? {};
    if (!isAllowedImageSrc(src)) return null;
    return { type: 'figure', src, alt: typeof alt === 'string' ? alt : '', caption: inline(node.content) };
  },
};

function isBlockKind(type: string): type is BlockNode['type'] {
  return Object.hasOwn(blockReaders, type);
}

function block(node: BodyNodeJson): BlockNode | null {
  return isBlockKind(node.type) ? blockReaders[node.type](node) : null;
}

function blocks(nodes: readonly BodyNodeJson[] = []): BlockNode[] {
  return nodes.flatMap((node) => {
    const read = block(node);
    return read ? [read] : [];
  });
}

function items(nodes: readonly BodyNodeJson[] = []): ListItemNode[] {
  return nodes.filter((node) => node.type === 'listItem').map((node) => ({ type: 'listItem', content: blocks(node.content) }));
}

function tableRow(row: BodyNodeJson): TableRowNode {
  const cells = (row.content ?? []).filter((cell) => cell.type === 'tableCell' || cell.type === 'tableHeader');
  return { type: 'tableRow', cells: cells.map(tableCell) };
}

function tableCell(cell: BodyNodeJson): TableCellNode {
  const span = (name: 'colspan' | 'rowspan') => {
    const value = cell.attrs?.[name];
    return typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : 1;
  };
  return { type: 'tableCell', header: cell.type === 'tableHeader', colspan: span('colspan'), rowspan: span('rowspan'), content: blocks(cell.content) };
}

function inline(nodes: readonly BodyNodeJson[] = []): InlineNode[] {
  return nodes.flatMap((node): InlineNode[] => {
    if (node.type === 'hardBreak') return [{ type: 'hardBreak' }];
    if (node.type === 'text') return [{ type: 'text', text: node.text ?? '', marks: marks(node.marks) }];
    return [];
  });
}

function marks(list: readonly BodyMarkJson[] = []): BodyMark[] {
  return list.flatMap((mark): BodyMark[] => {
    switch (mark.type) {
      case 'bold':
      case 'italic':
      case 'underline':
        return [{ type: mark.type }];
      case 'link': {
        const href = mark.attrs?.href;
        return typeof href === 'string' && isAllowedHref(href) ? [{ type: 'link', href }] : [];
      }
      default:
        return [];
    }
  });
}
