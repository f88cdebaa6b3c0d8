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

/** A text block's marks as its `--marks` property: the block's range and four numbers a line (left, right, y, look). */
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

/**
 * Measures where each mark's words are in their text block, as lines to draw under them: read once when the marks or
 * the screen change, never per keystroke (a block's background moves with the block).
 */
export function measureBlockMarks(view: EditorView, marks: readonly MarkToDraw[]): BlockMarks[] {
  const doc = view.state.doc;
  const blocks: BlockMarks[] = [];
  let blockAt = -1;
  let current: { from: number; left: number; top: number; lines: string[] } | null = null;
  const close = () => {
    if (current && current.lines.length > 0)
      blocks.push({ from: current.from, to: current.from + (doc.nodeAt(current.from)?.nodeSize ?? 0), lines: current.lines.join(' ') });
  };
  for (const mark of [...marks].sort((a, b) => a.from - b.from)) {
    if (mark.to > doc.content.size) continue;
    const $from = doc.resolve(mark.from);
    if (!$from.parent.isTextblock || $from.depth === 0 || mark.to > $from.end()) continue;
    const blockFrom = $from.before();
    if (blockAt !== blockFrom) {
      close();
      blockAt = blockFrom;
      const element = view.nodeDOM(blockFrom);
      const box = element instanceof HTMLElement ? element.getBoundingClientRect() : null;
      // A hidden block is measured once it is shown (the window moves with the screen).
      current =
        element instanceof HTMLElement && box && box.height > 0
          ? { from: blockFrom, left: box.left + element.clientLeft, top: box.top + element.clientTop, lines: [] }
          : null;
    }
    if (!current) continue;
    const start = view.domAtPos(mark.from, 1);
    const end = view.domAtPos(mark.to, -1);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    // A word broken over two lines has a box on each.
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width <= 0) continue;
      current.lines.push(
        `${rounded(rect.left - current.left)} ${rounded(rect.right - current.left)} ${rounded(rect.bottom - current.top - 1)} ${markLooks[mark.look]}`,
      );
    }
  }
  close();
  return blocks;
}
