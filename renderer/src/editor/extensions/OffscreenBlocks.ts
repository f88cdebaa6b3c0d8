import { Extension } from '@tiptap/core';
import { Plugin, Selection, TextSelection } from '@tiptap/pm/state';
import { BlockHeights } from './blockHeights';
import { followScreen } from './followScreen';
import type { OffscreenState } from './offscreenState';
import { applyOffscreen, initialOffscreen, offscreenBlocksKey } from './offscreenState';

// Why: Chromium's editing walks the editable text before the caret and lays out every block on each key (tens of ms in 1 MB).

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
          init: (_, state) => initialOffscreen(state, heights),
          apply: (tr, state) => applyOffscreen(tr, state, heights),
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
