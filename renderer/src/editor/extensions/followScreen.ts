import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import type { BlockHeights } from './blockHeights';
import type { BlockSpan } from './blockSpans';
import { covers, hiddenRuns } from './blockSpans';
import type { OffscreenMeta } from './offscreenState';
import { offscreenBlocksKey } from './offscreenState';
import { blocksBetween } from './shownBlocks';

/** The style rule that hides every block outside `shown` (counted among the blocks, widgets left out). */
function hiddenRuleFor(id: string, shown: readonly BlockSpan[], count: number): string {
  const nth = (expression: string) => `:nth-child(${expression} of :not(.ProseMirror-widget))`;
  return hiddenRuns(shown, count)
    .map(({ first, last }) => `.body-content[data-offscreen="${id}"] > ${nth(`n+${first + 1}`)}${nth(`-n+${last + 1}`)} { display: none; }`)
    .join('\n');
}

/**
 * Follows the screen: hides the blocks the state does not show (by position, in one style sheet, so ProseMirror's own
 * DOM is never touched), and once what is on screen is not all shown, shows the blocks a screen around it.
 */
export function followScreen(view: EditorView, heights: BlockHeights, id: string) {
  let frame = 0;
  let remeasure = false;
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  let styled: BlockSpan[] | null = null;
  const restyle = () => {
    const shown = offscreenBlocksKey.getState(view.state)?.shown ?? [];
    if (shown === styled) return false;
    styled = shown;
    sheet.replaceSync(hiddenRuleFor(id, shown, view.state.doc.childCount));
    return true;
  };
  restyle();
  const look = () => {
    frame = 0;
    const state = offscreenBlocksKey.getState(view.state);
    // An editor not displayed (a hidden tab) has nothing on screen to follow.
    if (!state || state.shown.length === 0 || view.dom.getClientRects().length === 0) return;
    const screen = window.innerHeight;
    const onScreen = blocksBetween(view, heights, 0, screen);
    if (!onScreen) return;
    // Nothing to change when the screen is within the last look, or (after a jump to the caret, Ctrl+End) already
    // shown half a screen either side: rebuilding the spacers would walk every block of the body again in the key's frame.
    const half = Math.ceil((onScreen.last - onScreen.first + 1) / 2);
    const { seen } = state;
    const settled =
      seen !== null && ((seen.first <= onScreen.first && onScreen.last <= seen.last) || covers(state.shown, onScreen.first - half, onScreen.last + half));
    if (!remeasure && settled) return;
    const meta: OffscreenMeta = { seen: blocksBetween(view, heights, -screen, 2 * screen) ?? onScreen, remeasured: remeasure };
    remeasure = false;
    view.dispatch(view.state.tr.setMeta(offscreenBlocksKey, meta).setMeta('addToHistory', false));
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(look);
  };
  // A new width wraps every line anew: heights are measured again and the spacers worked out again.
  let width = view.dom.clientWidth;
  const resizes = new ResizeObserver(() => {
    if (view.dom.clientWidth === width) return;
    width = view.dom.clientWidth;
    heights.forget();
    remeasure = true;
    schedule();
  });
  resizes.observe(view.dom);
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  schedule();
  return {
    update: (_: EditorView, previous: { doc: ProseMirrorNode }) => {
      // Blocks just shown may be shorter than their spacer was: looked at again until the screen is all text.
      if (restyle() || previous.doc.childCount !== view.state.doc.childCount) schedule();
    },
    destroy: () => {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      window.removeEventListener('scroll', schedule, { capture: true });
    },
  };
}
