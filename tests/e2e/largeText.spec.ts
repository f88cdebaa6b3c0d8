import { asOtherWriter } from './support/secondWriter';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { thirtyPages } from './support/thirtyPages';
import { underlinedWords } from './support/underlinedWords';

/** Opens a 30-page English translation still in Spanish, once the spelling check has flagged its words; its panel. */
async function openFlaggedTranslation(page: Page, databasePath: string) {
  const made = await asOtherWriter(databasePath, 'createCommunique', { content: { language: 'en', title: 'Translation in progress', body: thirtyPages() } });
  await page.goto(`${page.url().split('#')[0]}#/c/${made.id}`);
  const spelling = page.getByRole('region', { name: /^Ortografía/ });
  await expect(spelling.getByRole('heading')).toHaveText(/Inglés · \d{3,} palabras desconocidas/, { timeout: 60_000 });
  return spelling;
}

test('a 30-page English translation still in Spanish (every word flagged): every character typed arrives in order, and the marks show where the person reads', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page, databasePath } = app;
  const spelling = await openFlaggedTranslation(page, databasePath);
  // The panel counts every word but lists fifty at a time.
  await expect(spelling.getByRole('listitem')).toHaveCount(50);
  await expect(spelling.getByRole('button', { name: /^Mostrar 50 más \(quedan \d+\)$/ })).toBeVisible();

  const body = page.getByRole('textbox', { name: 'Cuerpo del comunicado' });
  await body.click();
  await page.keyboard.press('Control+End');
  const sentence = 'The Institute said the call for applications remains open until the end of the month. ';
  await page.keyboard.type(sentence, { delay: 5 });
  await expect(body.locator('p').last()).toHaveText(new RegExp(`\\.${sentence.trim().replace(/\./g, '\\.')}\\s*$`));

  // Marks are drawn where the person is reading: the first screen's Spanish words are underlined («Para» is English too).
  await page.keyboard.press('Control+Home');
  await expect.poll(async () => (await underlinedWords(page, body)).slice(0, 4)).toEqual(['contribuir', 'al', 'avance', 'conjunto']);
});

test('in a body where every word is flagged, the marks around the text jumped to are drawn once typing pauses, never between two keys', async ({ app }) => {
  test.setTimeout(120_000);
  const { page, databasePath } = app;
  await openFlaggedTranslation(page, databasePath);
  const body = page.getByRole('textbox', { name: 'Cuerpo del comunicado' });
  // Every redraw of a block's marks (its class and style) other than the one typed in, from the first key typed on.
  await body.evaluate((root) => {
    const typedIn = root.lastElementChild;
    const redrawn: string[] = [];
    (window as unknown as { redrawn: string[] }).redrawn = redrawn;
    let typing = false;
    root.addEventListener('keydown', (event) => (typing ||= (event as KeyboardEvent).key.length === 1));
    new MutationObserver((records) => {
      for (const record of records)
        if (typing && record.target !== typedIn && record.target !== root)
          redrawn.push(`${record.attributeName} of ${(record.target as Element).textContent?.slice(0, 30)}`);
    }).observe(root, { attributes: true, subtree: true, attributeFilter: ['style', 'class'] });
  });
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('The Institute said the call for applications remains open until the end of the month. ', { delay: 40 });
  expect(await page.evaluate(() => (window as unknown as { redrawn: string[] }).redrawn)).toEqual([]);
  // Once the keys stop, the Spanish words on screen above the typed sentence are underlined.
  await expect.poll(async () => (await underlinedWords(page, body)).length, { timeout: 15_000 }).toBeGreaterThan(10);
});
