import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { BlockHeights } from './blockHeights';
import type { BlockSpan } from './blockSpans';
import { blocksShown, covers, sameSpans } from './blockSpans';

/** Bodies with fewer top-level blocks than this (about twenty pages) are shown whole. */
const offscreenThreshold = 150;

/** Blocks kept shown on either side of the caret and of the selection's other end, wherever the screen is. */
const aroundCaret = 16;

export interface OffscreenState {
  /** The blocks on screen and a screen around them, at the last look; null before the first. */
  seen: BlockSpan | null;
  /** The blocks shown, sorted and apart; empty when the body is short enough to be shown whole. */
  shown: BlockSpan[];
  /** The spacers: a few widgets (a node decoration per hidden block would cost ProseMirror the square of their number). */
  spacers: DecorationSet;
}

/** What the screen tells the state: the blocks seen, and whether the spacers' heights must be worked out again. */
export interface OffscreenMeta {
  seen: BlockSpan;
  remeasured?: boolean;
}

export const offscreenBlocksKey = new PluginKey<OffscreenState>('offscreenBlocks');

export const spacerClass = 'offscreen-spacer';

/** The top-level index of a position's block. */
const blockAt = (doc: ProseMirrorNode, pos: number) => Math.min(doc.childCount - 1, doc.resolve(Math.min(pos, doc.content.size)).index(0));

/** The blocks of both ends of the selection. */
const selectionEnds = (state: Pick<EditorState, 'doc' | 'selection'>) => [blockAt(state.doc, state.selection.anchor), blockAt(state.doc, state.selection.head)];

/** The spacer standing in for hidden blocks `first`..`last`, as tall as they would be. */
function spacer(pos: number, first: number, last: number, height: number): Decoration {
  const rounded = Math.round(height);
  return Decoration.widget(
    pos,
    () => {
      const element = document.createElement('div');
      element.className = spacerClass;
      element.style.height = `${rounded}px`;
      element.dataset.first = String(first);
      element.dataset.last = String(last);
      element.setAttribute('aria-hidden', 'true');
      return element;
    },
    { side: -1, key: `${spacerClass}-${first}-${last}-${rounded}`, ignoreSelection: true },
  );
}

/** The runs of blocks outside `shown`, each stood in for by one spacer. */
function spacersFor(doc: ProseMirrorNode, shown: BlockSpan[], heights: BlockHeights): DecorationSet {
  if (shown.length === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  let run: { pos: number; first: number; height: number } | null = null;
  let span = 0;
  let offset = 0;
  for (let index = 0; index < doc.childCount; index += 1) {
    const node = doc.child(index);
    while ((shown[span]?.last ?? Number.POSITIVE_INFINITY) < index) span += 1;
    if ((shown[span]?.first ?? Number.POSITIVE_INFINITY) <= index) {
      if (run) decorations.push(spacer(run.pos, run.first, index - 1, run.height));
      run = null;
    } else {
      run ??= { pos: offset, first: index, height: 0 };
      run.height += heights.of(node);
    }
    offset += node.nodeSize;
  }
  if (run) decorations.push(spacer(run.pos, run.first, doc.childCount - 1, run.height));
  return DecorationSet.create(doc, decorations);
}

/** Whether every step changes text inside one shown block (typing): the hidden blocks then only move. */
function withinShown(tr: Transaction, shown: BlockSpan[]): boolean {
  return tr.mapping.maps.every((map, step) => {
    const before = tr.docs[step] ?? tr.before;
    let ranges = 0;
    let inside = true;
    map.forEach((oldStart, oldEnd) => {
      ranges += 1;
      const first = blockAt(before, oldStart);
      if (first !== blockAt(before, oldEnd) || !shown.some((span) => span.first <= first && first <= span.last)) inside = false;
    });
    // A step that changes no text (formatting, attributes) may have changed hidden blocks' heights.
    return inside && ranges > 0;
  });
}

/** The state of a new editor: a long body shows its start, its end and the caret's surroundings until the screen is seen. */
export function initialOffscreen(state: EditorState, heights: BlockHeights): OffscreenState {
  if (state.doc.childCount < offscreenThreshold) return { seen: null, shown: [], spacers: DecorationSet.empty };
  const ends = selectionEnds(state);
  const shown = blocksShown(state.doc.childCount, null, ends, aroundCaret);
  return { seen: null, shown, spacers: spacersFor(state.doc, shown, heights) };
}

/** The blocks shown after a transaction: the same while typing stays near, moved with the caret and the screen. */
export function applyOffscreen(tr: Transaction, state: OffscreenState, heights: BlockHeights): OffscreenState {
  const doc = tr.doc;
  const meta = tr.getMeta(offscreenBlocksKey) as OffscreenMeta | undefined;
  const seen = meta?.seen ?? state.seen;
  if (doc.childCount < offscreenThreshold) return state.shown.length === 0 && seen === state.seen ? state : { seen, shown: [], spacers: DecorationSet.empty };
  const ends = selectionEnds(tr);
  const sameShape = !meta?.remeasured && (!tr.docChanged || (tr.before.childCount === doc.childCount && withinShown(tr, state.shown)));
  // The shown blocks stay as they are while the caret keeps half its margin inside them: moving a line rebuilds nothing.
  const settled =
    sameShape && seen === state.seen && state.shown.length > 0 && ends.every((end) => covers(state.shown, end - aroundCaret / 2, end + aroundCaret / 2));
  if (settled) return tr.docChanged ? { ...state, spacers: state.spacers.map(tr.mapping, doc) } : state;
  const shown = blocksShown(doc.childCount, seen, ends, aroundCaret);
  if (sameShape && sameSpans(shown, state.shown))
    return { seen, shown: state.shown, spacers: tr.docChanged ? state.spacers.map(tr.mapping, doc) : state.spacers };
  return { seen, shown, spacers: spacersFor(doc, shown, heights) };
}
