import type { SplitPoint } from './measureBlocks';
import { textNodes } from './textNodes';

/** A split point as a path inside its block (the n-th text node or table row), so it can be found in a copy. */
export type SplitPath = { kind: 'before'; row: number } | { kind: 'text'; node: number; offset: number };

/** Where a split point sits inside `block`, independent of the DOM nodes themselves. */
export function toPath(block: Element, point: SplitPoint): SplitPath {
  if (point.kind === 'before') return { kind: 'before', row: [...block.querySelectorAll('tr')].indexOf(point.node as HTMLTableRowElement) };
  return { kind: 'text', node: textNodes(block).indexOf(point.node), offset: point.offset };
}

/** The same split point inside a copy of the block. */
export function fromPath(copy: Element, path: SplitPath): SplitPoint {
  if (path.kind === 'before') return { kind: 'before', node: copy.querySelectorAll('tr')[path.row] as Node };
  return { kind: 'text', node: textNodes(copy)[path.node] as Text, offset: path.offset };
}
