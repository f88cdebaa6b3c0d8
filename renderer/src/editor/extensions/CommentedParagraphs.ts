import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** A body block a review comment is about: where it is now, and the words naming the comment ("Párrafo 3"). */
export interface CommentedBlock {
  from: number;
  to: number;
  label: string;
}

/** The key through which the composer sets which paragraphs carry open review comments. */
export const commentedKey = new PluginKey<DecorationSet>('commentedParagraphs');

/** Where the paragraph a comment was about is now: the block with the same words, else the one at the same place. */
export function findCommentedBlock(doc: ProseMirrorNode, index: number, quote: string | null): { from: number; to: number } | null {
  const blocks: { from: number; to: number; text: string }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blocks.push({ from: pos, to: pos + node.nodeSize, text: node.textBetween(0, node.content.size, undefined, '\ufffc') });
    return false;
  });
  const same = quote === null ? undefined : blocks.find((block) => block.text === quote);
  const found = same ?? blocks[index];
  return found ? { from: found.from, to: found.to } : null;
}

/** A bar beside each body paragraph that has an open review comment; it follows the text as the person edits. */
export const CommentedParagraphs = Extension.create({
  name: 'commentedParagraphs',
  addProseMirrorPlugins: () => [
    new Plugin<DecorationSet>({
      key: commentedKey,
      state: {
        init: () => DecorationSet.empty,
        apply(tr, set) {
          const next = tr.getMeta(commentedKey) as CommentedBlock[] | undefined;
          if (!next) return set.map(tr.mapping, tr.doc);
          const size = tr.doc.content.size;
          return DecorationSet.create(
            tr.doc,
            next
              .filter((block) => block.from >= 0 && block.to <= size && block.from < block.to)
              .map((block) => Decoration.node(block.from, block.to, { class: 'commented', 'data-comment': block.label })),
          );
        },
      },
      props: { decorations: (state) => commentedKey.getState(state) },
    }),
  ],
});
