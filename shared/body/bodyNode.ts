/**
 * The body as the exporters see it: a closed union of node kinds, one per node of the shared tiptap schema
 * (`bodyExtensions`; a test keeps the two lists equal). Print HTML, DOCX and plain text each walk it with an exhaustive
 * handler map (`onBlock`, `onInline`, `onMark`), so a kind one of them does not handle fails to compile
 * (docs/ARCHITECTURE.md, "The body", says how to add one).
 */

/** A mark on text. */
export type BodyMark = { type: 'bold' } | { type: 'italic' } | { type: 'underline' } | { type: 'link'; href: string };

/** Text with its marks. */
export interface TextNode {
  type: 'text';
  text: string;
  marks: BodyMark[];
}

/** A line break inside a paragraph. */
export interface HardBreakNode {
  type: 'hardBreak';
}

/** What a paragraph or a caption holds. */
export type InlineNode = TextNode | HardBreakNode;

/** A paragraph of text. */
export interface ParagraphNode {
  type: 'paragraph';
  content: InlineNode[];
}

/** A quotation: paragraphs (or other blocks) set off from the text. */
export interface BlockquoteNode {
  type: 'blockquote';
  content: BlockNode[];
}

/** One item of a list: its blocks, the first carrying the bullet or number. */
export interface ListItemNode {
  type: 'listItem';
  content: BlockNode[];
}

/** A list with bullets. */
export interface BulletListNode {
  type: 'bulletList';
  items: ListItemNode[];
}

/** A numbered list, counting from `start`. */
export interface OrderedListNode {
  type: 'orderedList';
  start: number;
  items: ListItemNode[];
}

/** One cell of a table: a header cell or a data cell, spanning columns and rows. */
export interface TableCellNode {
  type: 'tableCell';
  header: boolean;
  colspan: number;
  rowspan: number;
  content: BlockNode[];
}

/** A row of a table. */
export interface TableRowNode {
  type: 'tableRow';
  cells: TableCellNode[];
}

/** A table. */
export interface TableNode {
  type: 'table';
  rows: TableRowNode[];
}

/** An image (a PNG or JPEG data: URI the body may carry) with its alternative text and caption. */
export interface FigureNode {
  type: 'figure';
  src: string;
  alt: string;
  caption: InlineNode[];
}

/** A block of the body: what the page lays out one after another. */
export type BlockNode = ParagraphNode | BlockquoteNode | BulletListNode | OrderedListNode | TableNode | FigureNode;

/** Every block kind's handler, each given its own node: a missing kind does not compile. */
export type BlockHandlers<R, A extends unknown[] = []> = { [K in BlockNode['type']]: (node: Extract<BlockNode, { type: K }>, ...args: A) => R };

/** Every inline kind's handler. */
export type InlineHandlers<R, A extends unknown[] = []> = { [K in InlineNode['type']]: (node: Extract<InlineNode, { type: K }>, ...args: A) => R };

/** Every mark kind's handler. */
export type MarkHandlers<R, A extends unknown[] = []> = { [K in BodyMark['type']]: (mark: Extract<BodyMark, { type: K }>, ...args: A) => R };

/** Calls the handler of this block's kind. */
export function onBlock<R, A extends unknown[]>(handlers: BlockHandlers<R, A>, node: BlockNode, ...args: A): R {
  return (handlers[node.type] as (node: BlockNode, ...args: A) => R)(node, ...args);
}

/** Calls the handler of this inline node's kind. */
export function onInline<R, A extends unknown[]>(handlers: InlineHandlers<R, A>, node: InlineNode, ...args: A): R {
  return (handlers[node.type] as (node: InlineNode, ...args: A) => R)(node, ...args);
}

/** Calls the handler of this mark's kind. */
export function onMark<R, A extends unknown[]>(handlers: MarkHandlers<R, A>, mark: BodyMark, ...args: A): R {
  return (handlers[mark.type] as (mark: BodyMark, ...args: A) => R)(mark, ...args);
}

/** The schema's node names this union covers (a test checks them against the tiptap schema; the type, against the union). */
export const bodyNodeKinds = [
  'doc',
  'paragraph',
  'text',
  'hardBreak',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'figure',
] as const satisfies readonly (BlockNode['type'] | 'doc' | 'text' | 'hardBreak' | 'listItem' | 'tableRow' | 'tableHeader' | 'tableCell')[];

/** Every block kind of the union is in `bodyNodeKinds`: a kind added to the union only fails here. */
export const everyBlockKindListed: Exclude<BlockNode['type'], (typeof bodyNodeKinds)[number]> extends never ? true : never = true;

/** The schema's mark names this union covers. */
export const bodyMarkKinds = ['bold', 'italic', 'underline', 'link'] as const satisfies readonly BodyMark['type'][];
