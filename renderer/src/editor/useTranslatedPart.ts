import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { TextPart } from './OriginalBeside';

/** Which part of the draft the translator is in (title, a bullet, a body paragraph), followed in the body while `active`. */
export function useTranslatedPart(editor: Editor | null, active: boolean) {
  const [part, setPart] = useState<TextPart | null>(null);
  useEffect(() => {
    if (!editor || !active) return;
    const follow = () => {
      const at = editor.state.selection.from;
      let index = -1;
      editor.state.doc.descendants((node, pos) => {
        if (pos > at) return false;
        if (node.isTextblock) index++;
        return !node.isTextblock;
      });
      setPart({ field: 'body', index: Math.max(0, index) });
    };
    editor.on('selectionUpdate', follow);
    editor.on('focus', follow);
    return () => {
      editor.off('selectionUpdate', follow);
      editor.off('focus', follow);
    };
  }, [editor, active]);
  return { part, setPart };
}
