import { Editor, Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
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
export type Idle = () => Promise<boolean>;

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

const rehearsedDecorationsKey = new PluginKey<DecorationSet>('rehearsedDecorations');

/** Decorations like the body's own: a style on every other block (the marks), a widget between runs (the spacers). */
function decorationsOf(doc: ProseMirrorNode): Decoration[] {
  const found: Decoration[] = [];
  doc.forEach((block, offset, index) => {
    if (index % 2 === 0) found.push(Decoration.node(offset, offset + block.nodeSize, { style: '--marks: none' }));
    if (index % 100 === 50) found.push(Decoration.widget(offset, () => document.createElement('div'), { side: -1 }));
  });
  return found;
}

/** Keeps those decorations, mapped through each change, as the body's marks and spacers are. */
const RehearsedDecorations = Extension.create({
  name: 'rehearsedDecorations',
  addProseMirrorPlugins: () => [
    new Plugin<DecorationSet>({
      key: rehearsedDecorationsKey,
      state: {
        init: (_, { doc }) => DecorationSet.create(doc, decorationsOf(doc)),
        apply: (tr, set) => set.map(tr.mapping, tr.doc),
      },
      props: { decorations: (state) => rehearsedDecorationsKey.getState(state) },
    }),
  ],
});

/**
 * Types a few words, a key per idle period, into a throwaway editor of the body's extensions holding many blocks,
 * never shown, so the code of a keystroke (ProseMirror reading the change and updating its view, the input rules, the
 * history, the autolink, the tables' check, the decorations' mapping and drawing) is compiled, and its walks over the
 * blocks optimised, before the first real key: V8 compiles a function the first time it runs, and the first key of a
 * session compiled about 170 of them and ran its walks over 2,500 blocks in the interpreter (traced).
 */
export async function rehearseTyping(idle: Idle): Promise<void> {
  if (!(await idle())) return;
  const element = document.createElement('div');
  const blocks = Array.from({ length: rehearsalBlocks }, () => ({ type: 'paragraph', content: [{ type: 'text', text: 'Hola' }] }));
  const editor = new Editor({
    element,
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
    for (const [key, text] of keysOf(rehearsed)) if (!(await idle()) || !(await typeKey(editor, key, text))) return;
  } finally {
    // Its view only: the editor's own destroy resets linkify's schemes for the body's editor too (tiptap's Link).
    editor.unmount();
  }
  performance.mark(rehearsedMark);
}
