import { ComposerPage } from './support/ComposerPage';
import { createProfiles } from './support/office';
import { expect, test } from './support/test';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { startServe } from './support/startServe';

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

test('a refused sign-in is said in the language the person switches to', async ({ app }) => {
  const { page } = app;
  await createProfiles(app.databasePath, { ana: ['redaccion'] });
  await page.reload();
  const form = page.getByRole('form', { name: '¿Quién trabaja?' });
  await form.getByLabel('Frase de acceso').fill('no es la frase');
  await form.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('alert')).toHaveText('El perfil o la frase de acceso no coinciden.');
  await page.getByRole('combobox', { name: 'Idioma de la interfaz' }).selectOption('en');
  await expect(page.getByRole('alert')).toHaveText('The profile or the passphrase does not match.');
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

test('browser mode keeps its address: a second tab and a bookmark work, and after a restart the same address still does', async ({ app, browser }) => {
  test.skip(app.mode === 'electron', 'the token guards browser mode only; the desktop app has no HTTP surface');
  const free = createServer();
  await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
  const port = (free.address() as AddressInfo).port;
  await new Promise((resolve) => free.close(resolve));
  const databasePath = join(dirname(app.databasePath), 'otra.sqlite3');
  const first = await startServe(databasePath, port);
  const context = await browser.newContext({ locale: 'es-MX' });
  try {
    const page = await context.newPage();
    await page.goto(first.url);
    await expect(page.getByRole('heading', { name: 'Comunicados' })).toBeVisible();
    // The token left the address bar; the address is still one a person can bookmark and open again.
    const bookmark = page.url();
    expect(bookmark).not.toContain('token=');
    const second = await context.newPage();
    await second.goto(`http://127.0.0.1:${port}/`);
    await expect(second.getByRole('heading', { name: 'Comunicados' })).toBeVisible();
    await first.stop();
    const restarted = await startServe(databasePath, port);
    try {
      expect(restarted.url).toBe(first.url);
      const later = await context.newPage();
      await later.goto(bookmark);
      await expect(later.getByRole('heading', { name: 'Comunicados' })).toBeVisible();
    } finally {
      await restarted.stop();
    }
  } finally {
    await context.close();
    await first.stop();
  }
});
