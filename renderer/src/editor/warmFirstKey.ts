import type { Schema } from '@tiptap/pm/model';
import { DOMParser } from '@tiptap/pm/model';
import { tokenize } from 'linkifyjs';

/**
 * Builds what the body's first keystroke would build, while the person reads: linkify's scanner, which the autolink
 * builds on the first change after an editor is made (tiptap's Link resets it when an editor goes), 10–14 ms; and
 * ProseMirror's parser of the schema, which it builds on the first text it reads back from the page (5 ms, profiled).
 */
export function warmFirstKey(schema: Schema): () => void {
  const warm = () => {
    tokenize('');
    DOMParser.fromSchema(schema);
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(warm, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(warm, 200);
  return () => clearTimeout(timer);
}
