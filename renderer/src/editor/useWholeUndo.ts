import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';

/** The title and bullets before and after one action that also changed the body (in one undo step) or not. */
export interface WholeChange {
  before: { title: string; summary: string[] };
  after: { title: string; summary: string[] };
  bodyChanged: boolean;
}

/** Which way a whole change can go now: undone, or done again. */
export type WholeStep = 'undo' | 'redo';

/**
 * One undo (Ctrl+Z or the toolbar's Deshacer) and one redo (Ctrl+Y, Ctrl+Shift+Z, Rehacer) for an action that spans
 * fields, as Word undoes "Replace all": the body's step and the title and bullets go back together. Any other edit
 * after it leaves undo to each field as usual.
 */
export function useWholeUndo(editor: Editor | null, setTextFields: (fields: WholeChange['after']) => void) {
  const last = useRef<{ change: WholeChange; undone: boolean } | null>(null);
  const [available, setAvailable] = useState<WholeStep | null>(null);
  const applying = useRef(false);
  const setFields = useRef(setTextFields);
  setFields.current = setTextFields;

  const forget = useCallback(() => {
    if (applying.current || last.current === null) return;
    last.current = null;
    setAvailable(null);
  }, []);

  useEffect(() => {
    if (!editor) return;
    editor.on('update', forget);
    return () => void editor.off('update', forget);
  }, [editor, forget]);

  /** Undoes or redoes the whole change if that is the next step; false when it is not (the field's own undo applies). */
  const step = useCallback(
    (direction: WholeStep): boolean => {
      const entry = last.current;
      if (!entry || !editor || (direction === 'undo') === entry.undone) return false;
      applying.current = true;
      if (entry.change.bodyChanged) editor.commands[direction]();
      setFields.current(direction === 'undo' ? entry.change.before : entry.change.after);
      applying.current = false;
      entry.undone = direction === 'undo';
      setAvailable(entry.undone ? 'redo' : 'undo');
      return true;
    },
    [editor],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!last.current || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const direction: WholeStep | null = key === 'z' && !event.shiftKey ? 'undo' : key === 'y' || (key === 'z' && event.shiftKey) ? 'redo' : null;
      // The find panel's own boxes keep their own undo.
      if (!direction || (event.target instanceof Element && event.target.closest('.find-panel'))) return;
      if (!step(direction)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [step]);

  /** Records the action just done; `fieldsEdited` is to be called on every other change of title or bullets. */
  const record = useCallback((change: WholeChange) => {
    last.current = { change, undone: false };
    setAvailable('undo');
  }, []);
  return { record, fieldsEdited: forget, step, available };
}

/** The whole-change undo as the body's toolbar uses it. */
export type WholeUndo = Pick<ReturnType<typeof useWholeUndo>, 'step' | 'available'>;
