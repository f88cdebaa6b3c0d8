import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey, Selection, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { BlockSpan } from './blockSpans';
import { blocksShown, covers, hiddenRuns, sameSpans } from './blockSpans';

/**
 * Why: Chromium's editing works out where the caret is by walking the editable text before it, on every keystroke and
 * every selection change (for the input method), and lays out every block of the body; in a 1 MB body that is tens of
 * milliseconds a key. A long body therefore shows only the blocks on screen and around the caret; the rest stay in the
 * document and in the DOM (so positions, selection and copy work as before) but are not displayed, a spacer of their
 * height standing in for them.
 */

/** Bodies with fewer top-level blocks than this (about ten pages) are shown whole. */
export const offscreenThreshold = 150;

/** Blocks kept shown on either side of the caret and of the selection's other end, wherever the screen is. */
const aroundCaret = 16;

interface OffscreenState {
  /** The blocks on screen and a screen around them, at the last look; null before the first. */
  seen: BlockSpan | null;
  /** The blocks shown, sorted and apart; empty when the body is short enough to be shown whole. */
  shown: BlockSpan[];
  /** The spacers: a few widgets (a node decoration per hidden block would cost ProseMirror the square of their number). */
  spacers: DecorationSet;
}

export const offscreenBlocksKey = new PluginKey<OffscreenState>('offscreenBlocks');

const spacerClass = 'offscreen-spacer';

/** Heights of blocks as last measured on screen, and a per-character estimate for those never shown. */
class BlockHeights {
  private measured = new WeakMap<ProseMirrorNode, number>();
  private pixels = 0;
  private characters = 0;

  of(node: ProseMirrorNode): number {
    const known = this.measured.get(node);
    if (known !== undefined) return known;
    // About 90 characters to a 27-pixel line until something has been measured.
    const perCharacter = this.characters > 0 ? this.pixels / this.characters : 0.3;
    return Math.max(24, node.content.size * perCharacter + 14);
  }

  set(node: ProseMirrorNode, height: number) {
    if (this.measured.has(node)) return;
    this.measured.set(node, height);
    this.pixels += height;
    this.characters += node.content.size;
  }

  /** A new width wraps lines anew: every height is measured again. */
  forget() {
    this.measured = new WeakMap();
    this.pixels = 0;
    this.characters = 0;
  }
}

/** The top-level index of a position's block. */
const blockAt = (doc: ProseMirrorNode, pos: number) => Math.min(doc.childCount - 1, doc.resolve(Math.min(pos, doc.content.size)).index(0));

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

/** Whether every change of the transaction stays inside one shown block (typing): the hidden blocks then only move. */
function withinShown(tr: Transaction, shown: BlockSpan[]): boolean {
  let inside = true;
  for (const map of tr.mapping.maps)
    map.forEach((oldStart, oldEnd) => {
      const first = blockAt(tr.before, oldStart);
      if (first !== blockAt(tr.before, oldEnd) || !shown.some((span) => span.first <= first && first <= span.last)) inside = false;
    });
  return inside;
}

function apply(tr: Transaction, state: OffscreenState, heights: BlockHeights): OffscreenState {
  const doc = tr.doc;
  const seen = (tr.getMeta(offscreenBlocksKey) as { seen: BlockSpan } | undefined)?.seen ?? state.seen;
  if (doc.childCount < offscreenThreshold) return state.shown.length === 0 && seen === state.seen ? state : { seen, shown: [], spacers: DecorationSet.empty };
  const ends = [blockAt(doc, tr.selection.anchor), blockAt(doc, tr.selection.head)];
  const sameShape = !tr.docChanged || (tr.before.childCount === doc.childCount && withinShown(tr, state.shown));
  // The shown blocks stay as they are while the caret keeps half its margin inside them: moving a line rebuilds nothing.
  const settled =
    sameShape && seen === state.seen && state.shown.length > 0 && ends.every((end) => covers(state.shown, end - aroundCaret / 2, end + aroundCaret / 2));
  if (settled) return tr.docChanged ? { ...state, spacers: state.spacers.map(tr.mapping, doc) } : state;
  const shown = blocksShown(doc.childCount, seen, ends, aroundCaret);
  if (sameShape && sameSpans(shown, state.shown))
    return { seen, shown: state.shown, spacers: tr.docChanged ? state.spacers.map(tr.mapping, doc) : state.spacers };
  return { seen, shown, spacers: spacersFor(doc, shown, heights) };
}

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
function blocksBetween(view: EditorView, heights: BlockHeights, top: number, bottom: number): BlockSpan | null {
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  const take = (index: number) => {
    first = Math.min(first, index);
    last = Math.max(last, index);
  };
  eachShown(view, (element, node, index) => {
    const box = element.getBoundingClientRect();
    const margin = Number.parseFloat(getComputedStyle(element).marginBottom) || 0;
    if (box.height > 0) heights.set(node, box.height + margin);
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

/** The style rule that hides every block outside `shown` (counted among the blocks, widgets left out). */
function hiddenRuleFor(id: string, shown: readonly BlockSpan[], count: number): string {
  const nth = (expression: string) => `:nth-child(${expression} of :not(.ProseMirror-widget))`;
  return hiddenRuns(shown, count)
    .map(({ first, last }) => `.body-content[data-offscreen="${id}"] > ${nth(`n+${first + 1}`)}${nth(`-n+${last + 1}`)} { display: none; }`)
    .join('\n');
}

/** Follows the screen: once what is on screen leaves the blocks last seen, the blocks a screen around it are shown. */
function followScreen(view: EditorView, heights: BlockHeights, id: string) {
  let frame = 0;
  // The hidden blocks are hidden by position in one style sheet, so ProseMirror's own DOM is never touched.
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  let styled: BlockSpan[] | null = null;
  const restyle = () => {
    const shown = offscreenBlocksKey.getState(view.state)?.shown ?? [];
    if (shown === styled) return;
    styled = shown;
    sheet.replaceSync(hiddenRuleFor(id, shown, view.state.doc.childCount));
  };
  restyle();
  const look = () => {
    frame = 0;
    const state = offscreenBlocksKey.getState(view.state);
    if (!state || state.shown.length === 0) return;
    const screen = window.innerHeight;
    const onScreen = blocksBetween(view, heights, 0, screen);
    if (!onScreen || (state.seen && state.seen.first <= onScreen.first && onScreen.last <= state.seen.last)) return;
    const seen = blocksBetween(view, heights, -screen, 2 * screen) ?? onScreen;
    view.dispatch(view.state.tr.setMeta(offscreenBlocksKey, { seen }).setMeta('addToHistory', false));
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(look);
  };
  const resized = () => {
    heights.forget();
    schedule();
  };
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', resized, { passive: true });
  schedule();
  return {
    update: (_: EditorView, previous: { doc: ProseMirrorNode }) => {
      restyle();
      // A body that grows past the threshold (a long paste) is looked at once it is laid out.
      if (previous.doc.childCount !== view.state.doc.childCount) schedule();
    },
    destroy: () => {
      cancelAnimationFrame(frame);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', resized);
    },
  };
}

let editors = 0;

/** A long body shows only the blocks on screen and around the caret, so typing costs the same on page 300 as on page 1. */
export const OffscreenBlocks = Extension.create({
  name: 'offscreenBlocks',
  // Ctrl+Home and Ctrl+End go to the body's ends here: the browser's own move stops short when blocks are not displayed.
  addKeyboardShortcuts() {
    const boundary = (end: boolean, extend: boolean) => () => {
      const { state, view } = this.editor;
      const target = end ? Selection.atEnd(state.doc) : Selection.atStart(state.doc);
      const selection = extend ? TextSelection.between(state.selection.$anchor, target.$head) : target;
      view.dispatch(state.tr.setSelection(selection).scrollIntoView());
      return true;
    };
    return {
      'Mod-Home': boundary(false, false),
      'Mod-End': boundary(true, false),
      'Shift-Mod-Home': boundary(false, true),
      'Shift-Mod-End': boundary(true, true),
    };
  },
  addProseMirrorPlugins: () => {
    const heights = new BlockHeights();
    editors += 1;
    const id = String(editors);
    return [
      new Plugin<OffscreenState>({
        key: offscreenBlocksKey,
        state: {
          init: (_, state) => {
            if (state.doc.childCount < offscreenThreshold) return { seen: null, shown: [], spacers: DecorationSet.empty };
            const ends = [blockAt(state.doc, state.selection.anchor), blockAt(state.doc, state.selection.head)];
            const shown = blocksShown(state.doc.childCount, null, ends, aroundCaret);
            return { seen: null, shown, spacers: spacersFor(state.doc, shown, heights) };
          },
          apply: (tr, state) => apply(tr, state, heights),
        },
        props: {
          decorations: (state) => offscreenBlocksKey.getState(state)?.spacers,
          attributes: { 'data-offscreen': id },
        },
        view: (view) => followScreen(view, heights, id),
      }),
    ];
  },
});
