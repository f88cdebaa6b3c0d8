import { asOtherWriter } from './support/secondWriter';
import { ComposerPage } from './support/ComposerPage';
import { keyboardRightAfterClick } from './support/keyboardRightAfterClick';
import { expect, test } from './support/test';
import { clickWord, pointAtWord, underlinedWords } from './support/underlinedWords';

test('house style: observations appear with their reason, and a fix is one click', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.title.fill('Firma  la SEP convenio');
  await composer.body.click();
  await page.keyboard.type('La SEP firmó el 3 de Marzo de 2022.');
  const panel = page.getByRole('region', { name: /^Estilo de la casa/ });
  await expect(panel.getByRole('listitem')).toHaveText([/Sin balazos/, /Espacios dobles \(1\).*Título/, /Mes con mayúscula: Marzo/, /Sigla sin desatar: SEP/]);
  await expect(composer.title).toHaveClass(/style-warning/);
  await expect.poll(() => underlinedWords(page, composer.body)).toEqual(['SEP', 'Marzo']);
  // The pointer on a marked word names its observation.
  await pointAtWord(page, composer.body, 'SEP');
  await expect(composer.body).toHaveAttribute('title', 'Sigla sin desatar: SEP');

  await panel.getByRole('button', { name: 'Corregir: Sigla sin desatar: SEP' }).click();
  await expect(composer.body).toHaveText('La Secretaría de Educación Pública (SEP) firmó el 3 de Marzo de 2022.');
  await panel.getByRole('button', { name: 'Corregir: Mes con mayúscula: Marzo' }).click();
  await panel.getByRole('button', { name: 'Corregir: Espacios dobles (1)' }).click();
  await expect(composer.title).toHaveValue('Firma la SEP convenio');
  await expect(composer.body).toHaveText('La Secretaría de Educación Pública (SEP) firmó el 3 de marzo de 2022.');
  await expect(panel.getByRole('listitem')).toHaveText([/Sin balazos/]);
  await page.keyboard.press('Control+z');
  await expect(composer.body).toHaveText('La Secretaría de Educación Pública (SEP) firmó el 3 de Marzo de 2022.');
  // «Ir» selects the word in the same click: what is typed at once replaces it.
  expect(await keyboardRightAfterClick(panel.getByRole('button', { name: 'Ir: Mes con mayúscula: Marzo', exact: true }))).toBe('Cuerpo del comunicado');
  await page.keyboard.type('marzo');
  await expect(composer.body).toHaveText('La Secretaría de Educación Pública (SEP) firmó el 3 de marzo de 2022.');
});

test('spelling: unknown words are listed with suggestions; a change or the office dictionary clears them', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.title.fill('Investigacion en Zacatenco');
  await composer.body.click();
  await page.keyboard.type('La investigacion se hizo en Zacatenco.');
  const panel = page.getByRole('region', { name: /^Ortografía/ });
  // The title's capitalised "Investigacion" is a word of its own.
  await expect(panel).toContainText('3 palabras desconocidas', { timeout: 20_000 });
  await expect.poll(() => underlinedWords(page, composer.body)).toEqual(['investigacion', 'Zacatenco']);

  // With the cursor in the underlined word, its suggestions are right there.
  await clickWord(page, composer.body, 'investigacion');
  const strip = page.getByRole('group', { name: 'Palabra desconocida: investigacion' });
  await strip.getByRole('button', { name: 'investigación', exact: true }).click();
  await expect(composer.body).toHaveText('La investigación se hizo en Zacatenco.');
  await expect.poll(() => underlinedWords(page, composer.body)).toEqual(['Zacatenco']);
  await panel.getByRole('button', { name: 'Agregar «Zacatenco» al diccionario de la oficina' }).click();
  await expect(panel).toContainText(/1 palabra desconocida/);
  await expect.poll(() => underlinedWords(page, composer.body)).toEqual([]);
  await expect(panel).toContainText('Investigacion');
  expect(await asOtherWriter(app.databasePath, 'listOfficeWords', { language: 'es' })).toEqual([{ language: 'es', word: 'Zacatenco' }]);
  await panel.getByRole('button', { name: 'Omitir «Investigacion» en esta sesión' }).click();
  await expect(panel).toContainText('Sin palabras desconocidas.');
});

test('in a browser without paint worklets (Firefox, Safari), the same words are underlined', async ({ app }) => {
  const { page } = app;
  await page.addInitScript(() => Object.defineProperty(CSS, 'paintWorklet', { value: undefined }));
  await page.reload();
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.body.click();
  await page.keyboard.type('La SEP firmó una investigacion en Zacatenco.');
  await expect.poll(() => underlinedWords(page, composer.body), { timeout: 20_000 }).toEqual(['SEP', 'investigacion', 'Zacatenco']);
});

test('translations: the English version starts from the Spanish text, and each links to the other', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.title.fill('Buscará IPN posgrado dual');
  await composer.addBullet('Primer balazo');
  await page.getByRole('button', { name: 'Crear versión en inglés' }).click();
  await expect(page.getByText(/^Traducción del comunicado #1 \(español\)\./)).toBeVisible();
  await expect(composer.documentLanguage).toHaveValue('en');
  await expect(composer.place).toHaveValue('Mexico City');
  await expect(composer.title).toHaveValue('Buscará IPN posgrado dual');
  await expect(composer.bullet(1)).toHaveValue('Primer balazo');
  await expect(page.getByRole('button', { name: /Crear versión/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Abrir el comunicado #1' }).click();
  await expect(page.getByText('Versión en inglés: comunicado #2.')).toBeVisible();
  await expect(composer.documentLanguage).toHaveValue('es');
});

test('spelling in English uses the English dictionary', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.documentLanguage.selectOption('en');
  await composer.body.click();
  await page.keyboard.type('The students will recieve their diplomas.');
  const panel = page.getByRole('region', { name: /^Ortografía/ });
  await expect(panel).toContainText('Inglés · 1 palabra desconocida', { timeout: 20_000 });
  await panel.getByRole('button', { name: 'Cambiar «recieve» por «receive»', exact: true }).click();
  await expect(composer.body).toHaveText('The students will receive their diplomas.');
  await expect(panel).toContainText('Sin palabras desconocidas.');
});
