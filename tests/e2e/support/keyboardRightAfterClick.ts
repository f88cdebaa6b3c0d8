import type { Locator } from '@playwright/test';

/**
 * Clicks `target` as the mouse does (the button takes the keyboard, then its click runs) and answers the name of what
 * holds the keyboard right after, before the screen's next frame: where a key pressed at once would go.
 */
export function keyboardRightAfterClick(target: Locator): Promise<string | null> {
  return target.evaluate((element) => {
    (element as HTMLElement).focus();
    (element as HTMLElement).click();
    const holder = document.activeElement;
    return holder?.getAttribute('aria-label') ?? holder?.textContent ?? null;
  });
}
