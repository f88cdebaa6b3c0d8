import { ComposerPage } from './support/ComposerPage';
import { expect, test } from './support/test';

test('the interface speaks Spanish first and switches to English, remembering the choice', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Comunicados' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Idioma de la interfaz' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Communiqués' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New communiqué' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New communiqué' })).toBeVisible();
  await page.getByRole('button', { name: 'New communiqué' }).click();
  await expect(page.getByRole('textbox', { name: 'Communiqué body' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add bullet' })).toBeVisible();
});

/** Every interactive element of the ARIA tree with no name, as `role` lines. */
async function unnamedControls(page: import('@playwright/test').Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  return snapshot
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^- (button|textbox|combobox|link|checkbox|radio|spinbutton|slider|menuitem|tab)\b(?!\s+")/.test(line));
}

test('every control of the list and the editor has an accessible name', async ({ app }) => {
  const { page } = app;
  expect(await unnamedControls(page)).toEqual([]);
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.addBullet('Un balazo');
  await composer.body.click();
  await composer.tool('Enlace').click();
  await expect(page.getByLabel('Dirección del enlace')).toBeVisible();
  expect(await unnamedControls(page)).toEqual([]);
});

test('browser mode without the session token explains how to get in, and the API refuses it', async ({ app, browser }) => {
  test.skip(app.mode === 'electron', 'the token guards browser mode only; the desktop app has no HTTP surface');
  const origin = new URL(app.page.url()).origin;
  const stranger = await browser.newPage();
  await stranger.goto(origin);
  await expect(stranger.getByRole('alert')).toContainText('Abra la dirección completa que imprimió «npm run web»');
  const response = await stranger.request.post(`${origin}/api/listCommuniques`, { data: { input: {} } });
  expect(response.status()).toBe(401);
  await stranger.close();
});
