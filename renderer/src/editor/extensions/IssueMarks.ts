import { Extension } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import type { EditorView } from '@tiptap/pm/view';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { PackedMarks } from './packedMarks';
import { firstFrom, mapPacked } from './packedMarks';
import { shownBlockElements } from './shownBlocks';

/** What a mark's label says: the class that draws it, its text for a pointer or screen reader, and for spelling the word. */
export interface MarkLabel {
  className: string;
  title: string;
  /** The word marked, for spelling marks: what the suggestion strip offers to change. */
  word?: string;
}

/** The two kinds of marks, set independently when their check answers. */
export type IssueKind = 'style' | 'spelling';

/**
 * What a transaction may tell the marks: a kind's new marks (packed, each naming its label, made on demand for the marks
 * drawn), or the range on screen.
 */
export type IssueMarksMeta = { kind: IssueKind; marks: PackedMarks; label(index: number): MarkLabel } | { window: { from: number; to: number } };

interface KindState {
  /** Every mark, by start, at positions of the document as of `pending`'s start. */
  all: PackedMarks;
  /** The edits since `all` was last brought up to date: applied only when marks outside the window are needed. */
  pending: Mapping;
  label(index: number): MarkLabel;
}

interface MarksState {
  kinds: Record<IssueKind, KindState>;
  /** The part of the document that has decorations: what is on screen and a screen's height around it. */
  window: { from: number; to: number };
  shown: DecorationSet;
}

export const issueMarksKey = new PluginKey<MarksState>('issueMarks');

const emptyKind = (): KindState => ({ all: new Int32Array(0), pending: new Mapping(), label: () => ({ className: '', title: '' }) });

/** A kind's marks brought up to the current document (the edits since they were set, applied once). */
function current(kind: KindState): KindState {
  if (kind.pending.maps.length === 0) return kind;
  return { ...kind, all: mapPacked(kind.all, kind.pending), pending: new Mapping() };
}

/** Decorations for the marks inside the window only: their number follows the screen, not the length of the text. */
function decorate(state: Omit<MarksState, 'shown'>, doc: EditorState['doc']): DecorationSet {
  const size = doc.content.size;
  const decorations: Decoration[] = [];
  for (const kind of Object.values(state.kinds)) {
    // A long word may start a little before the window and run into it.
    for (let at = firstFrom(kind.all, state.window.from - 64) * 3; at < kind.all.length; at += 3) {
      const from = kind.all[at] ?? 0;
      const to = kind.all[at + 1] ?? 0;
      if (from > state.window.to) break;
      if (from < 0 || to > size || from >= to) continue;
      const label = kind.label(kind.all[at + 2] ?? 0);
      decorations.push(Decoration.inline(from, to, { class: label.className, title: label.title }, { word: label.word }));
    }
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * The marks minus those of the block being typed in: a paragraph full of marked words types slowly in the browser, so
 * typing there takes its marks away until the next check (which marks it again once typing pauses).
 */
function withoutTypedBlock(shown: DecorationSet, tr: Transaction): DecorationSet {
  const $head = tr.selection.$head;
  if ($head.depth === 0) return shown;
  const inBlock = shown.find($head.before(1), $head.after(1));
  return inBlock.length > 0 ? shown.remove(inBlock) : shown;
}

function apply(tr: Transaction, state: MarksState): MarksState {
  const meta = tr.getMeta(issueMarksKey) as IssueMarksMeta | undefined;
  let { kinds, window, shown } = state;
  if (tr.docChanged) {
    // Typing maps only the few decorations on screen; the rest wait, their edits kept, until they are needed.
    for (const kind of Object.values(kinds)) kind.pending.appendMapping(tr.mapping);
    window = { from: tr.mapping.map(window.from, -1), to: tr.mapping.map(window.to, 1) };
    shown = withoutTypedBlock(shown.map(tr.mapping, tr.doc), tr);
  }
  if (!meta) return { kinds, window, shown };
  if ('window' in meta) {
    window = meta.window;
    kinds = { style: current(kinds.style), spelling: current(kinds.spelling) };
  } else {
    kinds = { ...kinds, [meta.kind]: { all: meta.marks, pending: new Mapping(), label: meta.label } };
  }
  return { kinds, window, shown: decorate({ kinds, window }, tr.doc) };
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
  const found = issueMarksKey.getState(state)?.shown.find(from, to, (spec: { word?: string }) => typeof spec.word === 'string');
  const word = (found?.[0]?.spec as { word?: string } | undefined)?.word;
  return word ?? null;
}

/**
 * Underlines in the body for house-style observations and unknown words: every mark is kept, but only those on
 * screen (and a screen around) are drawn, so a text where every word is marked types as fast as a clean one.
 */
export const IssueMarks = Extension.create({
  name: 'issueMarks',
  addProseMirrorPlugins: () => [
    new Plugin<MarksState>({
      key: issueMarksKey,
      state: {
        init: () => ({ kinds: { style: emptyKind(), spelling: emptyKind() }, window: { from: 0, to: 0 }, shown: DecorationSet.empty }),
        apply,
      },
      props: { decorations: (state) => issueMarksKey.getState(state)?.shown },
      view: followScreen,
    }),
  ],
});
