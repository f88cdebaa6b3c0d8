import type { Schema } from '@tiptap/pm/model';
import { DOMParser } from '@tiptap/pm/model';
import { tokenize } from 'linkifyjs';
import type { Idle } from './rehearseTyping';
import { rehearseTyping } from './rehearseTyping';

/** The browser's next idle period (or 200 ms where there are none), and whether `stopped` has not been set since. */
function idleUnless(stopped: () => boolean): Idle {
  return () =>
    new Promise((resolve) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(!stopped()), { timeout: 2000 });
      else setTimeout(() => resolve(!stopped()), 200);
    });
}

/**
 * Builds what the body's first keystroke would build, while the person reads, each in an idle period of its own:
 * linkify's scanner, which the autolink builds on the first change after an editor is made (tiptap's Link resets it
 * when an editor goes), 10–14 ms; ProseMirror's parser of the schema, which it builds on the first text it reads back
 * from the page (5 ms, profiled); and the keystroke's code, by rehearsing it. Returns what stops it.
 */
export function warmFirstKey(schema: Schema): () => void {
  let stopped = false;
  const idle = idleUnless(() => stopped);
  void (async () => {
    if (!(await idle())) return;
    tokenize('');
    if (!(await idle())) return;
    DOMParser.fromSchema(schema);
    await rehearseTyping(idle);
  })();
  return () => {
    stopped = true;
  };
}
