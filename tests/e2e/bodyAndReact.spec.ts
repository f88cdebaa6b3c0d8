import { asOtherWriter } from './support/secondWriter';
import { expect, test } from './support/test';
import { thirtyPages } from './support/thirtyPages';

// The trace's snapshots of the page read every text node; this test counts the app's own reads.
test.use({ trace: 'off' });

test('typing in 30 pages: the screen updating around the body (the save indicator) never reads the whole body', async ({ app }) => {
  test.setTimeout(120_000);
  const { page, databasePath } = app;
  const made = await asOtherWriter(databasePath, 'createCommunique', { content: { language: 'es', title: 'Informe anual', body: thirtyPages() } });
  await page.goto(`${page.url().split('#')[0]}#/c/${made.id}`);
  const body = page.getByRole('textbox', { name: 'Cuerpo del comunicado' });
  const saved = page.getByRole('status').filter({ hasText: /^Guardado a las / });
  await expect(saved).toBeVisible();
  await body.click();
  await page.keyboard.press('Control+End');
  // Counts every read of the body's text, by anyone, from here on.
  const textNodes = await body.evaluate((root) => {
    const native = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeValue') as PropertyDescriptor;
    const win = window as unknown as { bodyTextReads: number };
    win.bodyTextReads = 0;
    Object.defineProperty(Node.prototype, 'nodeValue', {
      configurable: true,
      get(this: Node) {
        if (root.contains(this)) win.bodyTextReads += 1;
        return native.get?.call(this);
      },
      set: native.set,
    });
    let count = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) count += 1;
    return count;
  });
  expect(textNodes).toBeGreaterThan(150);

  await page.keyboard.type('x');
  // The indicator goes to «Cambios sin guardar», «Guardando…» and back to «Guardado», each a React update while the body
  // has the focus. Watched by its state alone: finding it by role would read the whole page's text.
  const saveState = (state: string) => page.waitForFunction((wanted) => document.querySelector('.save-status')?.getAttribute('data-state') === wanted, state);
  await saveState('pending');
  await saveState('saved');
  const reads = await page.evaluate(() => (window as unknown as { bodyTextReads: number }).bodyTextReads);
  // ProseMirror reads back the paragraph typed in; reading the body's text nodes at each update would be hundreds.
  expect(reads).toBeLessThan(20);
  await expect(body.locator('p').last()).toHaveText(/x$/);
});
