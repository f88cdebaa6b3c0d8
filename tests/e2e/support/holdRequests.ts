import type { Page } from '@playwright/test';

/** Holds the page's calls to `url` (a glob) on their way until the returned function is called; they then go on. */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
