import { Selection } from '@tiptap/pm/state';
import type { ChainedCommands, Editor } from '@tiptap/react';

/**
 * Gives the body the keyboard in the same click or key, with its cursor moved to `at` (a range, or the body's end) and
 * scrolled to, or left where it was: tiptap's `focus` waits for the next frame, and keys typed before it went to the
 * button clicked, or nowhere once the form that had them closed.
 */
export function focusBody(editor: Editor, at?: { from: number; to?: number } | 'end'): void {
  if (at) {
    const chain = editor.chain();
    const placed =
      at === 'end'
        ? chain.command(({ tr }) => Boolean(tr.setSelection(Selection.atEnd(tr.doc))))
        : chain.setTextSelection({ from: at.from, to: at.to ?? at.from });
    placed.scrollIntoView().run();
  }
  editor.view.focus();
}

/** A toolbar's command on the body: it runs, and the body has the keyboard back at once (see `focusBody`). */
export function inBody(editor: Editor, command: (chain: ChainedCommands) => ChainedCommands): () => void {
  return () => {
    command(editor.chain()).run();
    focusBody(editor);
  };
}
