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

test('in a body where every word is flagged, the marks around the text jumped to are drawn once typing pauses, never between two keys, and the paragraphs around the one typed in keep theirs', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page, databasePath } = app;
  await openFlaggedTranslation(page, databasePath);
  const body = page.getByRole('textbox', { name: 'Cuerpo del comunicado' });
  // Every redraw of the marks (class and style) of a block the caret is not in, made sooner after a key than the
  // keyboard's rest of 300 ms: while the person is still typing. A loaded machine may deliver keys further apart.
  await body.evaluate((root) => {
    const redrawn: string[] = [];
    (window as unknown as { redrawn: string[] }).redrawn = redrawn;
    let lastKey = Number.NEGATIVE_INFINITY;
    root.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key.length === 1) lastKey = performance.now();
    });
    new MutationObserver((records) => {
      const sinceKey = performance.now() - lastKey;
      for (const record of records) {
        const block = record.target as Element;
        // Marks only (the class «marked», the style «--marks»): once, under load, an element without text changed its style too.
        const marks = /mark/.test(`${record.oldValue} ${block.getAttribute(record.attributeName ?? '')}`);
        if (marks && sinceKey < 300 && block !== root && !block.contains(getSelection()?.anchorNode ?? null))
          redrawn.push(`${record.attributeName} of ${block.textContent?.slice(0, 30)}, ${Math.round(sinceKey)} ms after a key`);
      }
    }).observe(root, { attributes: true, subtree: true, attributeFilter: ['style', 'class'], attributeOldValue: true });
  });
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('The Institute said the call for applications remains open until the end of the month. ', { delay: 40 });
  // Once the keys stop, the Spanish words on screen above the typed sentence are underlined.
  await expect.poll(async () => (await underlinedWords(page, body)).length, { timeout: 15_000 }).toBeGreaterThan(10);
  // Typing on in the same paragraph: the one above it keeps its marks.
  await page.keyboard.type('Applications are received online. ', { delay: 40 });
  expect(await page.evaluate(() => (window as unknown as { redrawn: string[] }).redrawn)).toEqual([]);
});

test('in a body where every word is flagged, the checks answer once typing pauses: the counts never change between two keys, then count the words typed', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page, databasePath } = app;
  const spelling = await openFlaggedTranslation(page, databasePath);
  const counts = page.locator('.text-counts');
  const countsBefore = await counts.textContent();
  const headingBefore = await spelling.getByRole('heading').textContent();
  // Every change of the counts (they change only when the checks answer) sooner after a key than the preview's pause
  // (250 ms): the form rendered again while the person was still typing.
  await page.evaluate(() => {
    const changed: string[] = [];
    const win = window as unknown as { changed: string[]; pauses(): number };
    win.changed = changed;
    // The preview's pauses so far: each is a check asked again.
    win.pauses = () => performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('redacta:pause-')).length;
    let lastKey = Number.NEGATIVE_INFINITY;
    addEventListener('keydown', () => (lastKey = performance.now()), true);
    const counts = document.querySelector('.text-counts') as Element;
    new MutationObserver(() => {
      const sinceKey = performance.now() - lastKey;
      if (sinceKey < 250) changed.push(`${counts.textContent?.slice(0, 40)}, ${Math.round(sinceKey)} ms after a key`);
    }).observe(counts, { childList: true, characterData: true, subtree: true });
  });
  const pauses = () => page.evaluate(() => (window as unknown as { pauses(): number }).pauses());
  const body = page.getByRole('textbox', { name: 'Cuerpo del comunicado' });
  await body.click();
  await page.keyboard.press('Control+End');
  // Twice: a word, a pause long enough for the checks to be asked again, and typing on before they answer.
  for (const words of ['Palabras nuevas que el corrector desconoce ', 'y que cambian el recuento de la traduccion ']) {
    const before = await pauses();
    await page.keyboard.type('Otras ', { delay: 40 });
    await page.waitForFunction((count) => (window as unknown as { pauses(): number }).pauses() > count, before, { polling: 'raf' });
    await page.keyboard.type(words, { delay: 40 });
  }
  expect(await page.evaluate(() => (window as unknown as { changed: string[] }).changed)).toEqual([]);
  // Once the keys stop, both answer for the words typed.
  await expect(counts).not.toHaveText(countsBefore ?? '');
  await expect(spelling.getByRole('heading')).not.toHaveText(headingBefore ?? '');
  await expect(spelling.getByRole('heading')).toHaveText(/Inglés · \d{3,} palabras desconocidas/);
});
