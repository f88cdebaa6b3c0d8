import { asOtherWriter } from './support/secondWriter';
import { expect, test } from './support/test';
import { thirtyPages } from './support/thirtyPages';
import { underlinedWords } from './support/underlinedWords';

test('a 30-page English translation still in Spanish (every word flagged): every character typed arrives in order, and the marks show where the person reads', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page, databasePath } = app;
  const made = await asOtherWriter(databasePath, 'createCommunique', { content: { language: 'en', title: 'Translation in progress', body: thirtyPages() } });
  await page.goto(`${page.url().split('#')[0]}#/c/${made.id}`);
  const spelling = page.getByRole('region', { name: /^Ortografía/ });
  await expect(spelling.getByRole('heading')).toHaveText(/Inglés · \d{3,} palabras desconocidas/, { timeout: 60_000 });
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
