import type { Editor } from '@tiptap/react';
import { type RefObject, useCallback } from 'react';
import type { Content } from '../../../shared/domain/content';
import { stableBodyJson } from './stableBodyJson';

/**
 * Reads the form's content as it is now: its fields, and the body with each block made once and frozen (a block no
 * edit touched is the same object, so a save reuses its bytes); `initialBody` until the editor exists.
 */
export function useFormContent(fields: RefObject<Omit<Content, 'body'>>, editor: RefObject<Editor | null>, initialBody: Content['body']): () => Content {
  return useCallback(
    (): Content => ({ ...fields.current, body: editor.current ? stableBodyJson(editor.current.state.doc) : initialBody }),
    [fields, editor, initialBody],
  );
}
