import type { Page } from '@playwright/test';

/** The gaps between keys, in ms: 20–54, from a fixed pseudo-random sequence so that every run types the same way. */
function* gaps(): Generator<number> {
  let state = 7;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    yield 20 + (state / 2147483648) * 34;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Types `text` as a person does: each key held 35 ms, the next pressed after an irregular gap, so keys land anywhere
 * in the display's 16.7 ms frame. Playwright's `type(text, { delay })` presses each key a fixed time after the page
 * answered the last one, which ties every key to the same point of the frame (traced: paced keys bunched in the last
 * 2 ms before the frame's start, where a key waits a whole frame, in the bare contenteditable as in the app).
 */
export async function typeAsPerson(page: Page, text: string): Promise<void> {
  const gap = gaps();
  for (const key of text) {
    // A character off the US layout is inserted without key events, as Playwright's own `type` does.
    if (/^[\x20-\x7e]$/.test(key)) {
      await page.keyboard.down(key);
      await sleep(35);
      await page.keyboard.up(key);
    } else await page.keyboard.insertText(key);
    await sleep(gap.next().value);
  }
}

/** Each keydown's key by its time stamp (an Event Timing entry's start time is its event's time stamp). */
export async function nameKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const win = window as unknown as { __keyNames: Map<number, string> };
    win.__keyNames = new Map();
    addEventListener('keydown', (event) => win.__keyNames.set(event.timeStamp, event.key), true);
  });
}

/** The key a keydown entry of Event Timing was for; a typed character is a key of length 1. */
export function keyNamed(page: Page, startTimes: number[]): Promise<string[]> {
  return page.evaluate((times) => times.map((time) => (window as unknown as { __keyNames: Map<number, string> }).__keyNames.get(time) ?? ''), startTimes);
}
