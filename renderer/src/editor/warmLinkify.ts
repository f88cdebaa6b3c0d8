import { tokenize } from 'linkifyjs';

/**
 * Builds linkify's scanner while the person reads, not on their first keystroke: the body's autolink builds it on the
 * first change after an editor is made (tiptap's Link resets it when an editor goes), 10–14 ms on this machine.
 */
export function warmLinkify(): () => void {
  const warm = () => void tokenize('');
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(warm, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(warm, 200);
  return () => clearTimeout(timer);
}
