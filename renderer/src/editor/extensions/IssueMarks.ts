import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** A range of the body to mark (house style or spelling), with the text a pointer or screen reader gets. */
export interface IssueMark {
  from: number;
  to: number;
  className: string;
  title: string;
  /** The word marked, for spelling marks: what the suggestion strip offers to change. */
  word?: string;
}

/** One key per kind of marks, so style and spelling marks are set independently. */
export const styleMarksKey = new PluginKey<DecorationSet>('styleMarks');
export const spellingMarksKey = new PluginKey<DecorationSet>('spellingMarks');

function marksPlugin(key: PluginKey<DecorationSet>): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const next = tr.getMeta(key) as IssueMark[] | undefined;
        if (!next) return set.map(tr.mapping, tr.doc); // marks follow the text while typing until the next check
        const size = tr.doc.content.size;
        return DecorationSet.create(
          tr.doc,
          next
            .filter((mark) => mark.from >= 0 && mark.to <= size && mark.from < mark.to)
            .map((mark) => Decoration.inline(mark.from, mark.to, { class: mark.className, title: mark.title }, { word: mark.word })),
        );
      },
    },
    props: { decorations: (state) => key.getState(state) },
  });
}

/** The unknown word under the cursor (or around the selection), if the spelling marks have one there. */
export function misspeltWordAt(state: import('@tiptap/pm/state').EditorState): string | null {
  const { from, to } = state.selection;
  const found = spellingMarksKey.getState(state)?.find(from, to, (spec: { word?: string }) => typeof spec.word === 'string');
  const word = (found?.[0]?.spec as { word?: string } | undefined)?.word;
  return word ?? null;
}

/** Underlines in the body for house-style observations and unknown words. */
export const IssueMarks = Extension.create({
  name: 'issueMarks',
  addProseMirrorPlugins: () => [marksPlugin(styleMarksKey), marksPlugin(spellingMarksKey)],
});
