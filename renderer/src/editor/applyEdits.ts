import type { Editor } from '@tiptap/react';
import type { TextEdit } from '../../../shared/style/StyleIssue';

/** Applies body edits to the live editor in one undoable step, last first so positions stay valid. */
export function applyBodyEditsToEditor(editor: Editor, edits: readonly TextEdit[]): void {
  const body = edits.filter((edit) => edit.field === 'body').sort((a, b) => b.from - a.from);
  if (body.length === 0) return;
  const { tr } = editor.state;
  for (const edit of body) {
    if (edit.insert === '') tr.delete(edit.from, edit.to);
    else tr.insertText(edit.insert, edit.from, edit.to);
  }
  editor.view.dispatch(tr);
}
