import type { Node } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import marksWorkletUrl from './marksWorklet.ts?worker&url';

/** How a mark is drawn: its look's number in the paint worklet (spelling, style warning, style error). */
export const markLooks = { spelling: 0, warning: 1, error: 2 } as const;
export type MarkLook = keyof typeof markLooks;

/** A mark to draw: a document range and its look. */
export interface MarkToDraw {
  from: number;
  to: number;
  look: MarkLook;
}

/** A text block's marks as its `--marks` property: the block's range and four numbers a line (left, right, y, look); none to take them away. */
export interface BlockMarks {
  from: number;
  to: number;
  lines: string;
}

interface PaintWorklet {
  addModule(url: string): Promise<void>;
}

/** Registers the paint worklet; false where the browser has none (marks are then spans in the text). */
function registerWorklet(): boolean {
  const worklet = typeof CSS === 'undefined' ? undefined : (CSS as unknown as { paintWorklet?: PaintWorklet }).paintWorklet;
  if (!worklet) return false;
  worklet.addModule(marksWorkletUrl).catch((error: unknown) => console.error('marks worklet', error));
  return true;
}

/**
 * Whether marks are painted under the text by a CSS paint worklet (Chromium, so the app): the text's DOM is then
 * never split into spans, which the browser's editing walks on each keystroke.
 */
export const paintsMarks = registerWorklet();

const rounded = (value: number) => Math.round(value * 10) / 10;

/** A text block to measure: where it starts, and its marks (none when the marks it has are to go). */
export interface BlockToMeasure {
  from: number;
  marks: MarkToDraw[];
}

/**
 * The text blocks to measure: those with marks to draw, and those drawn now (`drawnAt`) whose marks may have gone;
 * nearest to `center` first, so what is on screen is drawn before what is around it.
 */
export function blocksToMeasure(doc: Node, marks: readonly MarkToDraw[], drawnAt: readonly number[], center: number): BlockToMeasure[] {
  const blocks = new Map<number, BlockToMeasure>();
  for (const at of drawnAt) if (at < doc.content.size) blocks.set(at, { from: at, marks: [] });
  for (const mark of marks) {
    if (mark.to > doc.content.size) continue;
    const $from = doc.resolve(mark.from);
    if (!$from.parent.isTextblock || $from.depth === 0 || mark.to > $from.end()) continue;
    const from = $from.before();
    const block = blocks.get(from) ?? { from, marks: [] };
    block.marks.push(mark);
    blocks.set(from, block);
  }
  return [...blocks.values()].sort((a, b) => Math.abs(a.from - center) - Math.abs(b.from - center));
}

/**
 * Where a block's marked words are, as lines to draw under them: read when the marks or the screen change, never per
 * keystroke (a block's background moves with the block). Null for a block not shown (measured once it is).
 */
export function measureBlock(view: EditorView, block: BlockToMeasure): BlockMarks | null {
  const node = view.state.doc.nodeAt(block.from);
  const element = view.nodeDOM(block.from);
  if (!node?.isTextblock || !(element instanceof HTMLElement)) return null;
  const box = element.getBoundingClientRect();
  if (box.height === 0) return null;
  const left = box.left + element.clientLeft;
  const top = box.top + element.clientTop;
  const lines: string[] = [];
  const range = document.createRange();
  for (const mark of block.marks) {
    const start = view.domAtPos(mark.from, 1);
    const end = view.domAtPos(mark.to, -1);
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    // A word broken over two lines has a box on each.
    for (const rect of Array.from(range.getClientRects()))
      if (rect.width > 0) lines.push(`${rounded(rect.left - left)} ${rounded(rect.right - left)} ${rounded(rect.bottom - top - 1)} ${markLooks[mark.look]}`);
  }
  return { from: block.from, to: block.from + node.nodeSize, lines: lines.join(' ') };
}
