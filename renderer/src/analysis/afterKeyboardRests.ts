/** How long the keyboard is still before work that would hold a key's paint back runs: longer than a gap between two keys of a burst. */
export const keyboardRestMs = 300;

/** Time of the last key pressed anywhere in the window. */
let lastKey = Number.NEGATIVE_INFINITY;
window.addEventListener('keydown', () => (lastKey = performance.now()), { capture: true, passive: true });

/**
 * Runs `work` once no key has been pressed for `restMs`: background work that can wait (more spelling suggestions)
 * keeps off the second core while the person types. Returns a function that cancels it.
 */
export function afterKeyboardRests(restMs: number, work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const wait = lastKey + restMs - performance.now();
    timer = wait > 0 ? setTimeout(check, wait) : undefined;
    if (wait <= 0) work();
  };
  timer = setTimeout(check, 0);
  return () => clearTimeout(timer);
}
