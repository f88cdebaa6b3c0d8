import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef } from 'react';

/** The title and bullets before and after one action that also changed the body (in one undo step) or not. */
export interface WholeChange {
  before: { title: string; summary: string[] };
  after: { title: string; summary: string[] };
  bodyChanged: boolean;
}

/**
 * One Ctrl+Z (and Ctrl+Y / Ctrl+Shift+Z) for an action that spans fields, as Word undoes "Replace all": the body's
 * step and the title and bullets go back together. Any other edit after it leaves undo to each field as usual.
 */
export function useWholeUndo(editor: Editor | null, setTextFields: (fields: WholeChange['after']) => void) {
  const last = useRef<{ change: WholeChange; undone: boolean } | null>(null);
  const applying = useRef(false);
  const setFields = useRef(setTextFields);
  setFields.current = setTextFields;

  const forget = useCallback(() => {
    if (!applying.current) last.current = null;
  }, []);

  useEffect(() => {
    if (!editor) return;
    editor.on('update', forget);
    return () => void editor.off('update', forget);
  }, [editor, forget]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const entry = last.current;
      if (!entry || !editor || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const undo = key === 'z' && !event.shiftKey;
      const redo = key === 'y' || (key === 'z' && event.shiftKey);
      if (!(undo && !entry.undone) && !(redo && entry.undone)) return;
      // The find panel's own boxes keep their own undo.
      if (event.target instanceof Element && event.target.closest('.find-panel')) return;
      event.preventDefault();
      event.stopPropagation();
      applying.current = true;
      if (entry.change.bodyChanged) editor.commands[undo ? 'undo' : 'redo']();
      setFields.current(undo ? entry.change.before : entry.change.after);
      applying.current = false;
      entry.undone = undo;
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editor]);

  /** Records the action just done; `fieldsEdited` is to be called on every other change of title or bullets. */
  const record = useCallback((change: WholeChange) => {
    last.current = { change, undone: false };
  }, []);
  return { record, fieldsEdited: forget };
}
