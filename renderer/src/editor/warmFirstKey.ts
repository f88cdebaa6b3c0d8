import type { Editor } from '@tiptap/core';
import { DOMParser } from '@tiptap/pm/model';
import { tokenize } from 'linkifyjs';
import type { Idle } from './rehearseTyping';
import { rehearseTyping } from './rehearseTyping';

/** How much of an idle period a step asks for (ms): the first rehearsed key took up to 19, the others a few. */
const stepMs = 10;

/** An idle period with `stepMs` left in it (200 ms where the browser has none), and whether `stopped` is still unset. */
function idleUnless(stopped: () => boolean): Idle {
  return () =>
    new Promise((resolve) => {
      if (typeof requestIdleCallback !== 'function') {
        setTimeout(() => resolve(!stopped()), 200);
        return;
      }
      const ask = () =>
        requestIdleCallback((deadline) => {
          if (stopped()) resolve(false);
          else if (deadline.timeRemaining() < stepMs) ask();
          else resolve(true);
        });
      ask();
    });
}

/**
 * Builds what the body's first keystroke would build, while the person reads, each in an idle period of its own:
 * linkify's scanner, which the autolink builds on the first change after an editor is made (tiptap's Link resets it
 * when an editor goes), 10–14 ms; ProseMirror's parser of the schema, which it builds on the first text it reads back
 * from the page (5 ms, profiled); and the keystroke's code, by rehearsing it (`rehearseTyping`). The person's first
 * key stops it: a step beside their keys would only hold them back. Returns what stops it.
 */
export function warmFirstKey(editor: Editor): () => void {
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  const body = editor.view.dom;
  body.addEventListener('keydown', stop, { once: true });
  const idle = idleUnless(() => stopped);
  const warm = async () => {
    if (!(await idle())) return;
    tokenize('');
    if (!(await idle())) return;
    DOMParser.fromSchema(editor.schema);
    await rehearseTyping(idle);
  };
  // Warming is a saving, never a failure the person should meet; the console says what went wrong.
  warm().catch((error: unknown) => console.error('first key rehearsal', error));
  return () => {
    stop();
    body.removeEventListener('keydown', stop);
  };
}
