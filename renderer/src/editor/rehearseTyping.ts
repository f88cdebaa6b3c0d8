import { Editor } from '@tiptap/core';
import { bodyExtensions } from '../../../shared/body/bodyExtensions';
import { RehearsedDecorations } from './extensions/RehearsedDecorations';

/** What the rehearsal types: a word, a space, a key taken back (null), an address the autolink links, a space. */
const rehearsed = [' mundo', ' ', 'y', null, 'https://www.ipn.mx', ' '] as const;

/** The rehearsal's keys in order, Backspace where a key is taken back. */
const keys = rehearsed.flatMap((part) => (part === null ? ['Backspace'] : [...part]));

/** The performance mark set once the rehearsal is over (`firstKey.spec.ts` waits for it). */
const rehearsedMark = 'redacta:first-key-rehearsed';

/** How many blocks the rehearsal's text holds: enough for the walks over the blocks to be optimised. */
const rehearsalBlocks = 400;

/** A key's code as Chromium gives it on a US layout (ProseMirror reads Backspace's, 8); 0 for the punctuation typed. */
const keyCodeOf = (key: string) => (key === 'Backspace' ? 8 : /^[a-z ]$/i.test(key) ? key.toUpperCase().charCodeAt(0) : 0);

/** Resolves in the browser's next idle period, true while the warming is still wanted. */
export type Idle = () => Promise<boolean>;

/** Types one key at the end of `editor`'s text as the browser would: its events, then the change; false if it cannot. */
function typeKey(editor: Editor, key: string): boolean {
  const dom = editor.view.dom;
  const text = dom.lastElementChild?.lastChild;
  if (!(text instanceof Text)) return false;
  const typed = key.length === 1;
  const init = { key, keyCode: keyCodeOf(key), bubbles: true, cancelable: true };
  dom.dispatchEvent(new KeyboardEvent('keydown', init));
  if (typed) dom.dispatchEvent(new KeyboardEvent('keypress', { ...init, charCode: key.charCodeAt(0) }));
  dom.dispatchEvent(
    new InputEvent('beforeinput', { inputType: typed ? 'insertText' : 'deleteContentBackward', data: typed ? key : null, bubbles: true, cancelable: true }),
  );
  if (typed) text.appendData(key);
  else text.deleteData(text.length - 1, 1);
  return true;
}

/** Types a few words, a key per idle period, into a throwaway editor of the body's extensions, so V8 has compiled a keystroke's code before the first real key. */
export async function rehearseTyping(idle: Idle): Promise<void> {
  if (!(await idle())) return;
  const blocks = Array.from({ length: rehearsalBlocks }, () => ({ type: 'paragraph', content: [{ type: 'text', text: 'Hola' }] }));
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...bodyExtensions, RehearsedDecorations],
    content: { type: 'doc', content: blocks },
    enableCoreExtensions: { delete: false },
    injectCSS: false,
  });
  // Its extensions' own start never runs: the Link's registers linkify's schemes, which warns once linkify has started.
  editor.off('create');
  try {
    // The caret at the end of the text, where a person types.
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    for (const key of keys) {
      if (!(await idle()) || !typeKey(editor, key)) return;
      // The view's DOM observer reads the change in a microtask, before the view goes (after the last key).
      await Promise.resolve();
    }
  } finally {
    // Its view only: the editor's own destroy resets linkify's schemes for the body's editor too (tiptap's Link).
    editor.unmount();
  }
  performance.mark(rehearsedMark);
}
