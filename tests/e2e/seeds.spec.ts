import type { Page } from '@playwright/test';
import { seedContent } from '../helpers/fixtures';
import { ComposerPage } from './support/ComposerPage';
import { readPreview } from './support/previewText';
import { expect, test } from './support/test';

interface Seed {
  series: string;
  language: 'es' | 'en';
  place: string;
  date: string;
  title: string;
  summary: string[];
  body: string;
}

/** Picks an option of a focused <select> with the keyboard alone: Home, then ArrowDown until it shows `label`. */
async function chooseByKeyboard(page: Page, select: ReturnType<ComposerPage['series']['first']>, label: string): Promise<void> {
  await select.focus();
  await page.keyboard.press('Home');
  for (let step = 0; step < 5 && (await select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.label)) !== label; step += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(select).toHaveAccessibleName(/.+/);
  expect(await select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.label)).toBe(label);
}

/** Writes a whole communiqué with the keyboard: fields, bullets (Enter adds the next), body paragraphs. */
async function writeByKeyboard(composer: ComposerPage, seed: Seed, labels: { series: string; language: string }) {
  const { page } = composer;
  await chooseByKeyboard(page, composer.series, labels.series);
  await chooseByKeyboard(page, composer.documentLanguage, labels.language);
  await composer.place.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(seed.place);
  await composer.date.focus();
  const [year = '', month = '', day = ''] = seed.date.split('-');
  // The office types dates day first, whatever the browser's locale.
  await page.keyboard.press('Control+a');
  await page.keyboard.type(`${day}/${month}/${year}`);
  // A date years away from today is questioned before it is taken: the seeds are from 2021 and 2023.
  const question = page.getByRole('alert').filter({ hasText: '¿Es correcta?' });
  if (await question.isVisible()) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(question).toHaveCount(0);
  }
  await composer.title.focus();
  await page.keyboard.type(seed.title);
  await page.getByRole('button', { name: 'Agregar balazo' }).focus();
  await page.keyboard.press('Enter');
  for (const [index, bullet] of seed.summary.entries()) {
    await page.keyboard.insertText(bullet);
    if (index < seed.summary.length - 1) await page.keyboard.press('Enter');
  }
  await composer.body.focus();
  const paragraphs = seed.body.split('\n\n');
  for (const [index, paragraph] of paragraphs.entries()) {
    await page.keyboard.insertText(paragraph);
    if (index < paragraphs.length - 1) await page.keyboard.press('Enter');
  }
}

for (const [name, labels, expected] of [
  [
    'seed-000-es',
    { series: 'Comunicado', language: 'Español' },
    { number: 'Comunicado (número al aprobar)', dateline: 'Ciudad de México, 17 de noviembre de 2021', closing: '--oOo--', pageWord: 'página', minPages: 2 },
  ],
  [
    'seed-001-en',
    { series: 'Comunicado conjunto', language: 'Inglés' },
    { number: 'Joint Release (number on approval)', dateline: 'Mexico City, March 27th, 2023', closing: '===000===', pageWord: 'page', minPages: 1 },
  ],
] as const) {
  test(`${name} written by keyboard comes out on the preview with the seed's structure`, async ({ app }) => {
    test.setTimeout(120_000);
    const seed = seedContent(name) as unknown as Seed;
    const composer = new ComposerPage(app.page);
    await composer.createFromList();
    await writeByKeyboard(composer, seed, labels);
    await composer.waitUntilSaved();

    const preview = app.page.getByRole('region', { name: /^Vista previa/ });
    await expect.poll(async () => (await readPreview(preview)).paragraphs.length, { timeout: 15_000 }).toBe(seed.body.split('\n\n').length);
    const text = await readPreview(preview);
    expect(text.number).toBe(expected.number);
    expect(text.dateline).toBe(expected.dateline);
    expect(text.title).toBe(seed.title);
    expect(text.summary).toEqual(seed.summary);
    expect(text.paragraphs).toEqual(seed.body.split('\n\n'));
    expect(text.closing).toBe(expected.closing);
    expect(text.pages.length).toBeGreaterThanOrEqual(expected.minPages);
    text.pages.forEach((page, index) => {
      expect(page.header).toContain('Instituto Politécnico Nacional');
      expect(page.header).toContain('La Técnica al Servicio de la Patria');
      expect(page.footer).toContain('www.ipn.mx');
      expect(page.footer).toContain(`${expected.pageWord} ${index + 1} ${expected.pageWord === 'página' ? 'de' : 'of'} ${text.pages.length}`);
    });
    await expect(app.page.getByRole('region', { name: /^Estilo de la casa/ })).toContainText('Sin observaciones de estilo.');
  });
}
