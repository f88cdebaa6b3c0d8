import type { SplitPoint } from './measureBlocks';

/**
 * Cuts a block at the given points (in reading order) into consecutive parts, each a shallow copy of the block
 * holding its share of the content: partly cut inline elements, list items and table sections are carried over.
 * A list item cut in two is marked `continued` (no second bullet or number); numbered lists restart where they
 * left off; a table's header row is repeated on the following parts.
 */
export function splitBlock(block: HTMLElement, points: readonly SplitPoint[]): HTMLElement[] {
  const headerRow = block.tagName === 'TABLE' ? block.querySelector('tr:first-child:has(> th)') : null;
  const parts: HTMLElement[] = [];
  for (const point of [...points].reverse()) {
    const range = block.ownerDocument.createRange();
    if (point.kind === 'before') range.setStartBefore(point.node);
    else range.setStart(point.node, point.offset);
    range.setEnd(block, block.childNodes.length);
    const continuedItem = point.kind === 'text' && Boolean(point.node.parentElement?.closest('li'));
    const part = block.cloneNode(false) as HTMLElement;
    part.append(range.extractContents());
    if (continuedItem) part.querySelector(':scope > li')?.classList.add('continued');
    if (headerRow) part.querySelector('tbody')?.prepend(headerRow.cloneNode(true));
    parts.unshift(part);
  }
  parts.unshift(block);
  if (block.tagName === 'OL') renumber(parts);
  for (const part of parts.slice(0, -1)) part.classList.add('continues');
  return parts;
}

/** Gives each part of a numbered list the `start` that continues the numbering of the parts before it. */
function renumber(parts: HTMLElement[]): void {
  let next = Number(parts[0]?.getAttribute('start') ?? '1');
  for (const part of parts) {
    const items = part.querySelectorAll(':scope > li');
    const firstContinues = items[0]?.classList.contains('continued') ?? false;
    const start = firstContinues ? next - 1 : next;
    part.setAttribute('start', String(start));
    next = start + items.length;
  }
}
