import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

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

/** For the first key's rehearsal (`rehearseTyping`): decorations like the body's marks and spacers, mapped at each change. */
export const RehearsedDecorations = Extension.create({
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
