/** Class of a page frame the browser renders; every other frame is skipped (content-visibility: hidden). */
export const shownPageClass = 'shown';

/**
 * Renders only the preview's pages in view and a screen either side; the others keep their place but are skipped.
 * The browser's own `content-visibility: auto` watched every page of a 300-page preview in each frame, keys included.
 */
export function showPagesInView(scroller: HTMLElement, pages: () => readonly HTMLElement[]) {
  let frame = 0;
  let shown = new Set<HTMLElement>();
  const look = () => {
    frame = 0;
    const all = pages();
    const box = scroller.getBoundingClientRect();
    const top = Math.max(0, box.top);
    const bottom = Math.min(window.innerHeight, box.bottom);
    const next = new Set<HTMLElement>();
    if (bottom > top && all.length > 0) {
      const margin = bottom - top;
      // The frames are in order, one under the other: the first one reaching the band, then each while in it.
      let low = 0;
      let high = all.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((all[middle] as HTMLElement).getBoundingClientRect().bottom < top - margin) low = middle + 1;
        else high = middle;
      }
      for (let index = low; index < all.length; index += 1) {
        const page = all[index] as HTMLElement;
        if (page.getBoundingClientRect().top > bottom + margin) break;
        next.add(page);
      }
    }
    for (const page of shown) if (!next.has(page)) page.classList.remove(shownPageClass);
    for (const page of next) if (!shown.has(page)) page.classList.add(shownPageClass);
    shown = next;
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(look);
  };
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  return {
    /** Looks again in the next frame: pages were added or removed, or their size changed. */
    refresh: schedule,
    destroy: () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    },
  };
}
