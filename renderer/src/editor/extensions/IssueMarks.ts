import { Extension } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import type { EditorView } from '@tiptap/pm/view';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { afterKeyboardRests, keyboardRestMs } from '../../analysis/afterKeyboardRests';
import type { BlockMarks, BlockToMeasure, MarkLook, MarkToDraw } from './blockMarks';
import { blocksToMeasure, measureBlock, paintsMarks } from './blockMarks';
import type { PackedMarks } from './packedMarks';
import { marksWithin } from './packedMarks';
import { shownBlockElements } from './shownBlocks';

/** What a mark's label says: its text for a pointer, and for spelling the word. */
export interface MarkLabel {
  title: string;
  /** The word marked, for spelling marks: what the suggestion strip offers to change. */
  word?: string;
}

/** The two kinds of marks, set independently when their check answers. */
export type IssueKind = 'style' | 'spelling';

/**
 * What a transaction may tell the marks: a kind's new marks (packed, each naming its label, made on demand for the marks
 * drawn), the range on screen, or where the window's marks were measured in their blocks.
 */
export type IssueMarksMeta =
  | { kind: IssueKind; marks: PackedMarks; look(index: number): MarkLook; label(index: number): MarkLabel }
  | { window: { from: number; to: number } }
  | { measured: readonly BlockMarks[]; within?: { from: number; to: number } };

interface KindState {
  /** Every mark, by start, at positions of the document as of `pending`'s start. */
  all: PackedMarks;
  /** The edits since `all` was set: applied to a mark only when it is drawn or asked about. */
  pending: Mapping;
  /** How a mark is drawn, known without making its label (a title is translated). */
  look(index: number): MarkLook;
  label(index: number): MarkLabel;
}

interface MarksState {
  kinds: Record<IssueKind, KindState>;
  /** The part of the document that has marks drawn: what is on screen and a screen's height around it. */
  window: { from: number; to: number };
  shown: DecorationSet;
  /** Counts the changes of what is to be drawn (new marks, a window moved); typing leaves it as it is. */
  version: number;
}

export const issueMarksKey = new PluginKey<MarksState>('issueMarks');

const emptyKind = (): KindState => ({
  all: new Int32Array(0),
  pending: new Mapping(),
  look: () => 'spelling',
  label: () => ({ title: '' }),
});

/** The window's marks at current positions, with their kinds and labels' indexes. */
function marksToDraw(state: Pick<MarksState, 'kinds' | 'window'>): (MarkToDraw & { kind: KindState; label: number })[] {
  const marks: (MarkToDraw & { kind: KindState; label: number })[] = [];
  for (const kind of Object.values(state.kinds))
    for (const mark of marksWithin(kind.all, kind.pending, state.window.from, state.window.to))
      marks.push({ from: mark.from, to: mark.to, look: kind.look(mark.label), kind, label: mark.label });
  return marks;
}

const spanClass = { spelling: 'spell-mark', warning: 'style-mark warning', error: 'style-mark error' } as const;

/** Where the browser has no paint worklet: the window's marks as spans in the text. */
function spans(state: Pick<MarksState, 'kinds' | 'window'>, doc: EditorState['doc']): DecorationSet {
  const size = doc.content.size;
  const decorations = marksToDraw(state)
    .filter((mark) => mark.to <= size)
    .map(({ from, to, look, kind, label }) => Decoration.inline(from, to, { class: spanClass[look], title: kind.label(label).title }));
  return DecorationSet.create(doc, decorations);
}

/**
 * The marks minus those of the block being typed in: typing moves its words, so its marks wait for the next check
 * (which marks it again once typing pauses).
 */
function withoutTypedBlock(shown: DecorationSet, tr: Transaction): DecorationSet {
  const $head = tr.selection.$head;
  if ($head.depth === 0) return shown;
  // Inside the block only: the block before it ends where it starts, and keeps its marks.
  const inBlock = shown.find($head.before(1) + 1, $head.after(1) - 1);
  return inBlock.length > 0 ? shown.remove(inBlock) : shown;
}

/** The drawn blocks with those just measured put in (a block measured without marks loses its own), the window's only. */
function withMeasured(shown: DecorationSet, meta: { measured: readonly BlockMarks[]; within?: { from: number; to: number } }, doc: EditorState['doc']) {
  const { within } = meta;
  let next = within ? shown.remove(shown.find().filter((drawn) => drawn.to < within.from || drawn.from > within.to)) : shown;
  for (const block of meta.measured) {
    // Inside the block only: its neighbours' decorations touch its ends.
    next = next.remove(next.find(block.from + 1, block.to - 1));
    if (block.lines) next = next.add(doc, [Decoration.node(block.from, block.to, { class: 'marked', style: `--marks: ${block.lines}` })]);
  }
  return next;
}

function apply(tr: Transaction, state: MarksState): MarksState {
  const meta = tr.getMeta(issueMarksKey) as IssueMarksMeta | undefined;
  let { kinds, window, shown, version } = state;
  if (tr.docChanged) {
    // Typing maps only the few decorations drawn; the marks keep their edits until they are needed.
    for (const kind of Object.values(kinds)) kind.pending.appendMapping(tr.mapping);
    window = { from: tr.mapping.map(window.from, -1), to: tr.mapping.map(window.to, 1) };
    shown = withoutTypedBlock(shown.map(tr.mapping, tr.doc), tr);
  }
  if (!meta) return { kinds, window, shown, version };
  if ('measured' in meta) return { kinds, window, shown: withMeasured(shown, meta, tr.doc), version };
  if ('window' in meta) window = meta.window;
  else kinds = { ...kinds, [meta.kind]: { all: meta.marks, pending: new Mapping(), look: meta.look, label: meta.label } };
  // Painted marks are measured once the view has the document (see `drawMarks`); spans are made here.
  return { kinds, window, shown: paintsMarks ? shown : spans({ kinds, window }, tr.doc), version: version + 1 };
}

/** A kind's label at `from`–`to` (the cursor or the selection), if one of its marks touches it. */
function labelAt(state: EditorState, kind: IssueKind, from: number, to: number): MarkLabel | null {
  const marks = issueMarksKey.getState(state)?.kinds[kind];
  const found = marks ? marksWithin(marks.all, marks.pending, from, to)[0] : undefined;
  return marks && found ? marks.label(found.label) : null;
}

/** The first of the editor's blocks whose bottom is below `y` (blocks run down the page in order). */
function firstBelow(blocks: readonly HTMLElement[], y: number): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((blocks[middle]?.getBoundingClientRect().bottom ?? 0) < y) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The document range on screen, found from the blocks' boxes (never by hit-testing, which a sticky header or a panel
 * over the text would answer), widened by as much text again above and below it; null when the text is not shown.
 */
function visibleRange(view: EditorView): { from: number; to: number } | null {
  const blocks = shownBlockElements(view);
  if (blocks.length === 0) return null;
  const first = Math.min(blocks.length - 1, firstBelow(blocks, 0));
  const last = Math.min(blocks.length - 1, firstBelow(blocks, window.innerHeight));
  const size = view.state.doc.content.size;
  const position = (index: number, end: boolean) => {
    const block = blocks[index];
    if (!block) return end ? size : 0;
    const at = view.posAtDOM(block, 0);
    return end ? Math.min(size, at + (view.state.doc.resolve(Math.min(at, size)).parent.nodeSize ?? 0) + 256) : Math.max(0, at - 1);
  };
  const from = position(first, false);
  const to = Math.max(from, position(last, true));
  const screen = Math.max(2000, to - from);
  return { from: Math.max(0, from - screen), to: Math.min(size, to + screen) };
}

/** How long scrolling must rest before the window is checked: a scroll per keystroke (the caret kept in view) costs nothing. */
const settleMs = 120;

/** Follows the screen: when what is visible leaves the decorated window, the window moves, once scrolling rests. */
function followScreen(view: EditorView) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    const seen = visibleRange(view);
    const state = issueMarksKey.getState(view.state);
    if (!seen) return;
    // Moved only when the screen (the middle third of the range) leaves the window drawn.
    const third = Math.floor((seen.to - seen.from) / 3);
    if (!state || (seen.from + third >= state.window.from && seen.to - third <= state.window.to && seen.to > seen.from)) return;
    view.dispatch(view.state.tr.setMeta(issueMarksKey, { window: seen } satisfies IssueMarksMeta).setMeta('addToHistory', false));
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, settleMs);
  };
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  schedule();
  // Typing moves the window with the text (it is mapped); only scrolling and resizing move it on screen.
  return {
    destroy: () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    },
  };
}

/** The unknown word under the cursor (or around the selection), if the spelling marks have one there. */
export function misspeltWordAt(state: EditorState): string | null {
  const { from, to } = state.selection;
  return labelAt(state, 'spelling', from, to)?.word ?? null;
}

/** Names the mark under the pointer in the body's title, looked for once a frame while the pointer moves. */
function namePointedMark(view: EditorView) {
  let pointer: { x: number; y: number } | null = null;
  const name = () => {
    const at = pointer && view.posAtCoords({ left: pointer.x, top: pointer.y });
    pointer = null;
    const label = at ? (labelAt(view.state, 'style', at.pos, at.pos) ?? labelAt(view.state, 'spelling', at.pos, at.pos)) : null;
    if (label?.title) view.dom.setAttribute('title', label.title);
    else view.dom.removeAttribute('title');
  };
  const moved = (event: MouseEvent) => {
    if (!pointer) requestAnimationFrame(name);
    pointer = { x: event.clientX, y: event.clientY };
  };
  view.dom.addEventListener('mousemove', moved, { passive: true });
  return { destroy: () => view.dom.removeEventListener('mousemove', moved) };
}

/** Time measured per frame, nearest blocks first: marks of a whole screen of marked words take several frames. */
const stepMs = 6;

/**
 * Painted marks: measures the window's marks in their blocks when they change or the text's width does, a step a
 * frame, and names the mark under the pointer.
 */
function drawMarks(view: EditorView) {
  let frame = 0;
  let cancelRest = () => {};
  let width = view.dom.clientWidth;
  // The blocks still to measure for the marks drawn now, and the text they were found in.
  let job: { doc: EditorState['doc']; blocks: BlockToMeasure[]; first: boolean } | null = null;
  const step = () => {
    frame = 0;
    const state = issueMarksKey.getState(view.state);
    if (!job || !state) return;
    if (job.doc !== view.state.doc) {
      // The person typed meanwhile: measuring waits until the keyboard rests again (the marks drawn stay, mapped).
      job = null;
      start();
      return;
    }
    const started = performance.now();
    const measured: BlockMarks[] = [];
    while (job.blocks.length > 0 && performance.now() - started < stepMs) {
      const block = job.blocks.shift();
      const found = block && measureBlock(view, block);
      if (found) measured.push(found);
    }
    const meta: IssueMarksMeta = job.first ? { measured, within: state.window } : { measured };
    job.first = false;
    view.dispatch(view.state.tr.setMeta(issueMarksKey, meta).setMeta('addToHistory', false));
    if (job.blocks.length > 0) frame = requestAnimationFrame(step);
    else job = null;
  };
  const begin = () => {
    const state = issueMarksKey.getState(view.state);
    if (!state) return;
    const doc = view.state.doc;
    const drawnAt = state.shown.find().map((drawn) => drawn.from);
    job = { doc, blocks: blocksToMeasure(doc, marksToDraw(state), drawnAt, (state.window.from + state.window.to) / 2), first: true };
    if (!frame) frame = requestAnimationFrame(step);
  };
  // Never while the person types: a step in a frame between two keys held the next key's paint back (traced).
  const start = () => {
    cancelRest();
    cancelRest = afterKeyboardRests(keyboardRestMs, begin);
  };
  // Lines break elsewhere when the text's width changes (a panel opened, the window resized).
  const resized = new ResizeObserver(() => {
    if (view.dom.clientWidth === width) return;
    width = view.dom.clientWidth;
    start();
  });
  resized.observe(view.dom);
  const pointer = namePointedMark(view);
  return {
    update: (_: EditorView, previous: EditorState) => {
      if (issueMarksKey.getState(previous)?.version !== issueMarksKey.getState(view.state)?.version) start();
    },
    destroy: () => {
      cancelAnimationFrame(frame);
      cancelRest();
      resized.disconnect();
      pointer.destroy();
    },
  };
}

/**
 * Underlines in the body for house-style observations and unknown words: every mark is kept, but only those on
 * screen (and a screen around) are drawn, painted under the text by a worklet rather than as spans in it, so a text
 * where every word is marked types as fast as a clean one.
 */
export const IssueMarks = Extension.create({
  name: 'issueMarks',
  addProseMirrorPlugins: () => [
    new Plugin<MarksState>({
      key: issueMarksKey,
      state: {
        init: () => ({ kinds: { style: emptyKind(), spelling: emptyKind() }, window: { from: 0, to: 0 }, shown: DecorationSet.empty, version: 0 }),
        apply,
      },
      props: { decorations: (state) => issueMarksKey.getState(state)?.shown },
      view: (view) => {
        const screen = followScreen(view);
        const drawn = paintsMarks ? drawMarks(view) : null;
        return {
          update: drawn?.update,
          destroy: () => {
            screen.destroy();
            drawn?.destroy();
          },
        };
      },
    }),
  ],
});
