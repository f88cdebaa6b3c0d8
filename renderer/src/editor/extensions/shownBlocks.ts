import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import type { BlockHeights } from './blockHeights';
import type { BlockSpan } from './blockSpans';
import { offscreenBlocksKey, spacerClass } from './offscreenState';

/** Each shown top-level element of the body with its block, in order (spacers and other widgets left out). */
function eachShown(view: EditorView, visit: (element: HTMLElement, node: ProseMirrorNode, index: number) => void) {
  const doc = view.state.doc;
  const shown = offscreenBlocksKey.getState(view.state)?.shown ?? [];
  let index = 0;
  let span = 0;
  for (const element of Array.from(view.dom.children) as HTMLElement[]) {
    if (element.classList.contains('ProseMirror-widget')) continue;
    while ((shown[span]?.last ?? Number.POSITIVE_INFINITY) < index) span += 1;
    const node = doc.maybeChild(index);
    if (node && (shown.length === 0 || (shown[span]?.first ?? Number.POSITIVE_INFINITY) <= index)) visit(element, node, index);
    index += 1;
  }
}

/** The body's shown blocks' elements, in order: what a screen-following feature may measure. */
export function shownBlockElements(view: EditorView): HTMLElement[] {
  const elements: HTMLElement[] = [];
  eachShown(view, (element) => elements.push(element));
  return elements;
}

/** Measures the shown blocks and finds which blocks lie between `top` and `bottom` (viewport pixels), spacers included. */
export function blocksBetween(view: EditorView, heights: BlockHeights, top: number, bottom: number): BlockSpan | null {
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  const take = (index: number) => {
    first = Math.min(first, index);
    last = Math.max(last, index);
  };
  eachShown(view, (element, node, index) => {
    const box = element.getBoundingClientRect();
    const margin = Number.parseFloat(getComputedStyle(element).marginBottom) || 0;
    if (box.height > 0) heights.set(node, box.height, margin);
    if (box.bottom + margin >= top && box.top <= bottom) take(index);
  });
  for (const element of Array.from(view.dom.querySelectorAll<HTMLElement>(`:scope > .${spacerClass}`))) {
    const box = element.getBoundingClientRect();
    if (box.bottom < top || box.top > bottom) continue;
    // Inside a spacer, the hidden blocks lie one after another at their known or estimated heights.
    let y = box.top;
    for (let index = Number(element.dataset.first); index <= Number(element.dataset.last) && y <= bottom; index += 1) {
      const node = view.state.doc.maybeChild(index);
      if (!node) break;
      const height = heights.of(node);
      if (y + height >= top) take(index);
      y += height;
    }
  }
  return last < 0 ? null : { first, last };
}
