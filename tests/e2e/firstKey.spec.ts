import { ComposerPage } from './support/ComposerPage';
import { asOtherWriter } from './support/secondWriter';
import { expect, test } from './support/test';

// Set once the hidden editor has typed its words (`rehearsedMark` in renderer/src/editor/rehearseTyping.ts).
const rehearsedMark = 'redacta:first-key-rehearsed';

test("the first key's rehearsal, typed at idle in a hidden editor, leaves the body, its undo and the console as they were; addresses typed still become links", async ({
  app,
}) => {
  const { page, databasePath } = app;
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') complaints.push(message.text());
  });
  page.on('pageerror', (error) => complaints.push(error.message));
  const made = await asOtherWriter(databasePath, 'createCommunique', {
    content: { language: 'es', title: 'Convocatoria de becas', body: 'Se abre la convocatoria.\n\nLas bases están en línea.' },
  });
  await page.goto(`${page.url().split('#')[0]}#/c/${made.id}`);
  const composer = new ComposerPage(page);
  const body = composer.body;
  await expect(page.getByRole('status').filter({ hasText: /^Guardado a las / })).toBeVisible();
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, rehearsedMark, { timeout: 20_000 });

  // The hidden editor's words went nowhere: the body, the save indicator and undo are the person's alone.
  await expect(body.locator('p')).toHaveText(['Se abre la convocatoria.', 'Las bases están en línea.']);
  await expect(page.getByRole('status').filter({ hasText: /^Guardado a las / })).toBeVisible();
  await expect(composer.tool('Deshacer')).toBeDisabled();

  // The body's own editor still makes links of addresses as they are typed.
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Consulte https://www.ipn.mx y');
  await expect(body.locator('a[href="https://www.ipn.mx"]')).toHaveText('https://www.ipn.mx');
  await expect(body.locator('p').last()).toHaveText('Las bases están en línea. Consulte https://www.ipn.mx y');
  expect(complaints).toEqual([]);
});
