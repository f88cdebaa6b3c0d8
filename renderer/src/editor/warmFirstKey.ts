import { Editor } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { DOMParser } from '@tiptap/pm/model';
import { tokenize } from 'linkifyjs';
import { bodyExtensions } from '../../../shared/body/bodyExtensions';

/** What the rehearsal types, a key at a time (a word, a space, a key taken back, a link the autolink makes). */
const rehearsed = [' mundo', ' ', 'y', null, 'https://www.ipn.mx', ' '] as const;

/** The performance mark set once the rehearsal is over (the tests wait for it). */
const rehearsedMark = 'redacta:first-key-rehearsed';

/** How many blocks the rehearsal's text holds. */
const rehearsalBlocks = 400;

/** Each key of the rehearsal and the text after it; `null` stands for a key taken back (Backspace). */
function keysOf(parts: typeof rehearsed): [string, string][] {
  let text = 'Hola';
  const keys: [string, string][] = [];
  for (const part of parts) {
    if (part === null) {
      text = text.slice(0, -1);
      keys.push(['Backspace', text]);
    } else
      for (const key of part) {
        text += key;
        keys.push([key, text]);
      }
  }
  return keys;
}

/** Resolves in the browser's next idle period, true while the warming is still wanted. */
type Idle = () => Promise<boolean>;

/** Types one key into `editor` as the browser would: the key's events, then the change, read by ProseMirror. */
async function typeKey(editor: Editor, key: string, text: string): Promise<boolean> {
  const dom = editor.view.dom;
  const node = dom.lastElementChild?.firstChild;
  if (!(node instanceof Text)) return false;
  dom.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  if (key.length === 1) dom.dispatchEvent(new KeyboardEvent('keypress', { key, charCode: key.charCodeAt(0), bubbles: true, cancelable: true }));
  const inputType = key.length === 1 ? 'insertText' : 'deleteContentBackward';
  dom.dispatchEvent(new InputEvent('beforeinput', { inputType, data: key.length === 1 ? key : null, bubbles: true, cancelable: true }));
  node.data = text;
  // The view's DOM observer reads the change in a microtask, as it reads a typed key.
  await Promise.resolve();
  return true;
}

/**
 * Types a few words, a key per idle period, into a throwaway editor of the body's extensions holding many blocks,
 * never shown, so the code of a keystroke (ProseMirror reading the change and updating its view, the input rules, the
 * history, the autolink, the tables' check) is compiled, and its walks over the blocks optimised, before the first
 * real key: V8 compiles a function the first time it runs, and the first key of a session compiled about 170 of them
 * and ran its walks over 2,500 blocks in the interpreter (traced).
 */
async function rehearseTyping(idle: Idle): Promise<void> {
  if (!(await idle())) return;
  const element = document.createElement('div');
  const blocks = Array.from({ length: rehearsalBlocks }, () => ({ type: 'paragraph', content: [{ type: 'text', text: 'Hola' }] }));
  const editor = new Editor({
    element,
    extensions: bodyExtensions,
    content: { type: 'doc', content: blocks },
    enableCoreExtensions: { delete: false },
    injectCSS: false,
  });
  // Its extensions' own start never runs: the Link's registers linkify's schemes, which warns once linkify has started.
  editor.off('create');
  try {
    // The caret at the end of the text, where a person types.
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    for (const [key, text] of keysOf(rehearsed)) if (!(await idle()) || !(await typeKey(editor, key, text))) return;
  } finally {
    // Its view only: the editor's own destroy resets linkify's schemes for the body's editor too (tiptap's Link).
    editor.unmount();
  }
  performance.mark(rehearsedMark);
}

/** The browser's next idle period (or 200 ms where there are none), and whether `stopped` has not been set since. */
function idleUnless(stopped: () => boolean): Idle {
  return () =>
    new Promise((resolve) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(!stopped()), { timeout: 2000 });
      else setTimeout(() => resolve(!stopped()), 200);
    });
}

/**
 * Builds what the body's first keystroke would build, while the person reads, each in an idle period of its own:
 * linkify's scanner, which the autolink builds on the first change after an editor is made (tiptap's Link resets it
 * when an editor goes), 10–14 ms; ProseMirror's parser of the schema, which it builds on the first text it reads back
 * from the page (5 ms, profiled); and the keystroke's code, by rehearsing it. Returns what stops it.
 */
export function warmFirstKey(schema: Schema): () => void {
  let stopped = false;
  const idle = idleUnless(() => stopped);
  void (async () => {
    if (!(await idle())) return;
    tokenize('');
    if (!(await idle())) return;
    DOMParser.fromSchema(schema);
    await rehearseTyping(idle);
  })();
  return () => {
    stopped = true;
  };
}
