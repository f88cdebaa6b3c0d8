import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { ComposerPage } from './support/ComposerPage';
import { asOtherWriter } from './support/secondWriter';
import { expect, test } from './support/test';

interface JsonNode {
  text?: string;
  content?: JsonNode[];
}

/** Seed 000's body 40 times (about 50 pages, over 300 paragraphs) with one paragraph in the middle to find. */
const longBody = () => {
  const seed = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'communiques', 'seed-000-es.json'), 'utf8')) as { body: string };
  const copies = Array.from({ length: 40 }, () => seed.body);
  return [...copies.slice(0, 20), 'El marcador Xochimilcatl está aquí.', ...copies.slice(20)].join('\n\n');
};

const textOf = (node: JsonNode): string => node.text ?? (node.content ?? []).map(textOf).join('');

test('a 50-page body: the whole text is there to scroll, find, and type at both ends and in the middle, and every paragraph is saved', async ({ app }) => {
  test.setTimeout(180_000);
  const { page, databasePath } = app;
  const made = await asOtherWriter(databasePath, 'createCommunique', { content: { language: 'es', title: 'Informe anual', body: longBody() } });
  const before = ((await asOtherWriter(databasePath, 'getCommunique', { id: made.id })).content.body as JsonNode).content ?? [];
  expect(before.length).toBeGreaterThan(300);
  await page.goto(`${page.url().split('#')[0]}#/c/${made.id}`);
  const composer = new ComposerPage(page);
  await expect(composer.body.locator('p').first()).not.toBeEmpty();

  // Most paragraphs are not displayed (a spacer holds their place), yet the page is as long as the whole text.
  expect(await page.locator('.body-content > .offscreen-spacer').count()).toBeGreaterThan(0);
  const notDisplayed = () => composer.body.locator('p').evaluateAll((all) => all.filter((p) => getComputedStyle(p).display === 'none').length);
  expect(await notDisplayed()).toBeGreaterThan(200);
  const heights = await page.evaluate(() => ({ page: document.documentElement.scrollHeight, screen: window.innerHeight }));
  expect(heights.page).toBeGreaterThan(30 * heights.screen);
  // Scrolled anywhere, the screen shows text from top to bottom, never an empty stretch.
  for (const share of [0.25, 0.5, 0.8]) {
    await page.evaluate((at) => window.scrollTo(0, document.documentElement.scrollHeight * at), share);
    await expect.poll(() => textAcrossScreen(page)).toEqual([true, true, true]);
  }
  // Blocks scrolled past are hidden again; copying the whole body still copies every paragraph, hidden ones too.
  expect(await notDisplayed()).toBeGreaterThan(200);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await composer.body.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.replace(/\s+/g, '')).toBe(before.map(textOf).join('').replace(/\s+/g, ''));

  // Find reaches the paragraph in the middle and shows it; the person types at its end.
  await composer.body.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const panel = page.getByRole('region', { name: 'Buscar y reemplazar' });
  await panel.getByRole('searchbox', { name: 'Buscar' }).fill('Xochimilcatl');
  await expect(panel.getByRole('status')).toHaveText(/^1 en el cuerpo/);
  await panel.getByRole('searchbox', { name: 'Buscar' }).press('Enter');
  await expect(composer.body.locator('.search-match')).toBeInViewport();
  await panel.getByRole('button', { name: 'Cerrar búsqueda' }).click();
  await composer.body.getByText('El marcador Xochimilcatl está aquí.').click();
  await page.keyboard.press('End');
  // One insertion, so one step to undo however loaded the machine (keys half a second apart are two steps, as in Word).
  await page.keyboard.insertText(' Texto de más.');
  await expect(composer.body.getByText('El marcador Xochimilcatl está aquí. Texto de más.')).toBeInViewport();

  // Undone from the top of the body: the caret goes back to the middle, which is shown, and typing lands there.
  await page.waitForTimeout(700);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+z');
  await page.keyboard.type(' Fin del marcador.');
  // Enter in the middle makes a new paragraph there; the paragraphs after it keep their text and places.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Párrafo nuevo.');
  await expect(composer.body.getByText('Párrafo nuevo.')).toBeInViewport();
  await expect.poll(() => textAcrossScreen(page)).toEqual([true, true, true]);

  // The first and last paragraphs, reached with Ctrl+Home and Ctrl+End.
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Inicio. ');
  await expect(composer.body.locator('p').first()).toBeInViewport();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Final.');
  await expect(composer.body.locator('p').last()).toBeInViewport();
  await expect(composer.body.locator('p').last()).toHaveText(/ Final\.$/);
  await composer.waitUntilSaved();

  // Saved: the same paragraphs, each as it was, but for those typed into and the one added.
  const after = ((await asOtherWriter(databasePath, 'getCommunique', { id: made.id })).content.body as JsonNode).content ?? [];
  const expected = before.map(textOf);
  const middle = expected.indexOf('El marcador Xochimilcatl está aquí.');
  expected[0] = `Inicio. ${expected[0]}`;
  expected.splice(middle, 1, 'El marcador Xochimilcatl está aquí. Fin del marcador.', 'Párrafo nuevo.');
  expected[expected.length - 1] = `${expected.at(-1)} Final.`;
  expect(after.map(textOf)).toEqual(expected);
});

/** Whether the body shows text a little below the top, in the middle and a little above the bottom of the screen. */
function textAcrossScreen(page: Page): Promise<boolean[]> {
  return page.evaluate(() => {
    const body = document.querySelector('.body-content');
    const box = body?.getBoundingClientRect();
    const children = Array.from(body?.children ?? []);
    return [0.15, 0.5, 0.85].map((at) => {
      const y = window.innerHeight * at;
      if (!box || box.top > y || box.bottom < y) return true;
      // The block at that height (a paragraph's spacing below it counts as the paragraph's).
      const there = children.find((child) => {
        const rect = child.getBoundingClientRect();
        return rect.height > 0 && rect.top <= y && y <= rect.bottom + 16;
      });
      return there !== undefined && !there.classList.contains('offscreen-spacer') && (there.textContent?.length ?? 0) > 0;
    });
  });
}

test('a text whose pages repeat: after an edit every page of the preview still shows its text', async ({ app }) => {
  test.setTimeout(120_000);
  const { page, databasePath } = app;
  const body = Array.from({ length: 160 }, () => 'La convocatoria sigue abierta para toda la comunidad politécnica.').join('\n\n');
  const made = await asOtherWriter(databasePath, 'createCommunique', { content: { language: 'es', title: 'Avisos', body } });
  await page.goto(`${page.url().split('#')[0]}#/c/${made.id}`);
  const composer = new ComposerPage(page);
  const frames = page.locator('.page-preview-pages .page-frame');
  await expect(frames).not.toHaveCount(0);
  const pages = await frames.count();
  expect(pages).toBeGreaterThan(4);
  await composer.body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Fin.');
  await expect(composer.previewPage(pages)).toContainText('Fin.');
  // Pages alike were once handed to one frame: the others were left blank.
  const blank = await frames.evaluateAll((all) => all.filter((frame) => !frame.querySelector('.page-body')?.textContent?.trim()).length);
  expect(blank).toBe(0);
  await expect(frames).toHaveCount(pages);
});

test('a 50-page preview draws the pages scrolled to, wherever they are, and skips those far from view', async ({ app }) => {
  test.setTimeout(120_000);
  const { page, databasePath } = app;
  const made = await asOtherWriter(databasePath, 'createCommunique', { content: { language: 'es', title: 'Informe anual', body: longBody() } });
  await page.goto(`${page.url().split('#')[0]}#/c/${made.id}`);
  const composer = new ComposerPage(page);
  const preview = page.getByRole('region', { name: /^Vista previa/ });
  const frames = preview.locator('.page-frame');
  await expect.poll(() => frames.count(), { timeout: 60_000 }).toBeGreaterThan(30);
  const pages = await frames.count();
  const last = composer.previewPage(pages).locator('.page-body');
  const first = composer.previewPage(1).locator('.page-body');
  await expect(first).toBeVisible();
  await expect(last).toBeHidden();
  // Scrolled to the end, as with the scroll bar: the last page is drawn with its text, the first no longer.
  await preview.evaluate((pane) => pane.scrollTo(0, pane.scrollHeight));
  // The pane ends at the last page: the hidden measuring flow once let it scroll on into a long grey stretch.
  const lastInPane = await frames.last().evaluate((frame) => {
    const box = (frame.getRootNode() as ShadowRoot).host.closest('.page-preview')?.getBoundingClientRect();
    const rect = frame.getBoundingClientRect();
    return box !== undefined && rect.bottom > box.top && rect.top < box.bottom;
  });
  expect(lastInPane).toBe(true);
  await expect(last).toBeVisible();
  await expect(last).toContainText(/\S/);
  await expect(first).toBeHidden();
  await preview.screenshot({ path: test.info().outputPath('preview-end.png') });
  // And back with the wheel, a page at a time: the page in the middle of the pane is drawn.
  await preview.evaluate((pane) => pane.scrollTo(0, pane.scrollHeight / 2));
  await preview.hover();
  await page.mouse.wheel(0, -400);
  const middle = await frames.evaluateAll((all) => {
    const pane = all[0]?.closest('.page-preview') ?? document.querySelector('.page-preview');
    const box = (pane as Element).getBoundingClientRect();
    const y = (box.top + box.bottom) / 2;
    return all.findIndex((frame) => {
      const rect = frame.getBoundingClientRect();
      return rect.top <= y && y <= rect.bottom;
    });
  });
  expect(middle).toBeGreaterThan(0);
  await expect(composer.previewPage(middle + 1).locator('.page-body')).toBeVisible();
});
