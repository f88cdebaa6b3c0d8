import { keyboardRightAfterClick } from './support/keyboardRightAfterClick';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noisyPng } from '../helpers/noisyPng';
import { ComposerPage } from './support/ComposerPage';
import type { Locator } from '@playwright/test';
import { expect, test } from './support/test';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

test('tables: insert, fill by keyboard, add a row, and see it on the page', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.body.click();
  await composer.tool('Insertar tabla').click();
  for (const cell of ['Unidad', 'Alumnos', 'Sede', 'ESIME', '1200', 'Zacatenco']) {
    await page.keyboard.type(cell);
    await page.keyboard.press('Tab');
  }
  await page.getByRole('group', { name: 'Tabla' }).getByRole('button', { name: 'Agregar fila abajo' }).click();
  await expect(composer.body.locator('table tr')).toHaveCount(4);
  await expect(composer.body.locator('th')).toHaveText(['Unidad', 'Alumnos', 'Sede']);
  await expect(composer.previewPage(1).locator('table td').first()).toHaveText('ESIME');
});

test('images: a PNG goes in with a caption; a file of another kind is refused with a reason', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.body.click();
  await page.getByLabel('Archivo de imagen').setInputFiles(join(fixtures, 'images', 'not-an-image.gif'));
  await expect(page.getByRole('alert')).toHaveText('not-an-image.gif no es PNG ni JPEG.');
  await page.getByLabel('Archivo de imagen').setInputFiles(join(fixtures, 'images', 'guinda-320x180.png'));
  await expect(composer.body.locator('figure img')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await composer.body.locator('figcaption').click();
  await page.keyboard.type('Firma del convenio en Zacatenco');
  await composer.waitUntilSaved();
  await page.reload();
  await expect(composer.body.locator('figcaption')).toHaveText('Firma del convenio en Zacatenco');
  await expect(composer.previewPage(1).locator('figure img')).toBeVisible();
  await expect(composer.previewPage(1).locator('figcaption')).toHaveText('Firma del convenio en Zacatenco');
});

test('photos as they come: a camera-sized picture is scaled down to print size; a file named .png that is not a picture is refused', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.body.click();
  const photo = noisyPng(3000, 2000);
  expect(photo.length).toBeGreaterThan(8 * 1024 * 1024);
  await page.getByLabel('Archivo de imagen').setInputFiles({ name: 'evento-zacatenco.png', mimeType: 'image/png', buffer: photo });
  await expect(page.getByRole('status').filter({ hasText: 'evento-zacatenco.png' })).toHaveText(
    /La imagen evento-zacatenco.png se redujo al tamaño de impresión \(17[.,]\d MB → \d+([.,]\d)? MB\)\./,
  );
  const image = composer.body.locator('figure img');
  await expect(image).toHaveAttribute('src', /^data:image\/(png|jpeg);base64,/);
  expect(await image.evaluate((node: HTMLImageElement) => [node.naturalWidth, node.naturalHeight])).toEqual([2400, 1600]);
  await composer.waitUntilSaved();
  await page.reload();
  await expect(composer.body.locator('figure img')).toHaveCount(1);
  await expect(composer.previewPage(1).locator('figure img')).toBeVisible();
  await composer.body.click();
  await page
    .getByLabel('Archivo de imagen')
    .setInputFiles({ name: 'notas.png', mimeType: 'image/png', buffer: Buffer.from('Notas de la rueda de prensa, no una foto.') });
  await expect(page.getByRole('alert')).toHaveText('notas.png no se puede leer como imagen: puede estar dañada o no ser una foto.');
  await expect(composer.body.locator('figure img')).toHaveCount(1);
});

test('underline, counts and the shortcuts help', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.title.fill('Tres palabras aquí');
  await composer.body.click();
  await page.keyboard.press('Control+u');
  await page.keyboard.type('subrayado');
  await page.keyboard.press('Control+u');
  await page.keyboard.type(' y normal');
  await expect(composer.body.locator('u')).toHaveText('subrayado');
  await expect(page.getByText(/^Cuerpo: 3 palabras, 18 caracteres · Todo el comunicado: 6 palabras, 36 caracteres/)).toBeVisible();
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Atajos de teclado' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /Ctrl\+K.*Enlace/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('find and replace covers title, bullets and body, and one Ctrl+Z undoes it in every field (Ctrl+Y does it again)', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.title.fill('El Poli firma convenio');
  await composer.addBullet('El Poli y el Conalep');
  await composer.body.click();
  await page.keyboard.type('El Poli celebra. Según el Poli, el POLI crece.');
  await page.keyboard.press('Control+f');
  const panel = page.getByRole('region', { name: 'Buscar y reemplazar' });
  await panel.getByRole('searchbox', { name: 'Buscar' }).fill('poli');
  await expect(panel.getByRole('status')).toHaveText('3 en el cuerpo (actual: 1) · 2 en título y balazos');
  await panel.getByRole('checkbox', { name: 'Distinguir mayúsculas y minúsculas' }).check();
  await expect(panel.getByRole('status')).toHaveText('0 en el cuerpo (actual: 0) · 0 en título y balazos');
  await panel.getByRole('checkbox', { name: 'Distinguir mayúsculas y minúsculas' }).uncheck();
  await panel.getByRole('textbox', { name: 'Reemplazar con' }).fill('Politécnico');
  await panel.getByRole('button', { name: 'Reemplazar todo' }).click();
  await expect(panel.getByRole('status')).toHaveText('Se reemplazó 5 veces. Ctrl+Z lo deshace en todos los campos.');
  await expect(composer.title).toHaveValue('El Politécnico firma convenio');
  await expect(composer.bullet(1)).toHaveValue('El Politécnico y el Conalep');
  await expect(composer.body).toHaveText('El Politécnico celebra. Según el Politécnico, el Politécnico crece.');
  expect(await keyboardRightAfterClick(panel.getByRole('button', { name: 'Cerrar búsqueda' }))).toBe('Cuerpo del comunicado');
  await page.keyboard.press('Control+z');
  await expect(composer.body).toHaveText('El Poli celebra. Según el Poli, el POLI crece.');
  await expect(composer.title).toHaveValue('El Poli firma convenio');
  await expect(composer.bullet(1)).toHaveValue('El Poli y el Conalep');
  await page.keyboard.press('Control+y');
  await expect(composer.body).toHaveText('El Politécnico celebra. Según el Politécnico, el Politécnico crece.');
  await expect(composer.title).toHaveValue('El Politécnico firma convenio');
  await expect(composer.bullet(1)).toHaveValue('El Politécnico y el Conalep');
  // The toolbar's Deshacer undoes it whole too.
  await composer.tool('Deshacer').click();
  await composer.waitUntilSaved();
  await page.reload();
  await expect(composer.title).toHaveValue('El Poli firma convenio');
  await expect(composer.bullet(1)).toHaveValue('El Poli y el Conalep');
  await expect(composer.body).toHaveText('El Poli celebra. Según el Poli, el POLI crece.');
  // After other typing, Ctrl+Z in the body undoes that typing only, as usual.
  await composer.body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Fin');
  await page.keyboard.press('Control+z');
  await expect(composer.body).toHaveText('El Poli celebra. Según el Poli, el POLI crece.');
  await expect(composer.title).toHaveValue('El Poli firma convenio');
});

test('one Ctrl+Z also undoes a replace-all that touched only the title and bullets', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.title.fill('Convocatoria del Poli');
  await composer.addBullet('El Poli abre registro');
  await composer.body.click();
  await page.keyboard.type('Texto sin la palabra.');
  await page.keyboard.press('Control+f');
  const panel = page.getByRole('region', { name: 'Buscar y reemplazar' });
  await panel.getByRole('searchbox', { name: 'Buscar' }).fill('Poli');
  await panel.getByRole('textbox', { name: 'Reemplazar con' }).fill('IPN');
  await panel.getByRole('button', { name: 'Reemplazar todo' }).click();
  await expect(composer.title).toHaveValue('Convocatoria del IPN');
  expect(await keyboardRightAfterClick(panel.getByRole('button', { name: 'Cerrar búsqueda' }))).toBe('Cuerpo del comunicado');
  await page.keyboard.press('Control+z');
  await expect(composer.title).toHaveValue('Convocatoria del Poli');
  await expect(composer.bullet(1)).toHaveValue('El Poli abre registro');
  await expect(composer.body).toHaveText('Texto sin la palabra.');
  // The toolbar's Rehacer and Deshacer take the same whole step.
  await composer.tool('Rehacer').click();
  await expect(composer.title).toHaveValue('Convocatoria del IPN');
  await expect(composer.bullet(1)).toHaveValue('El IPN abre registro');
  await composer.tool('Deshacer').click();
  await expect(composer.title).toHaveValue('Convocatoria del Poli');
  await expect(composer.bullet(1)).toHaveValue('El Poli abre registro');
});

test('pasting from Word keeps words, emphasis and lists, and drops styles, scripts, local images, empty paragraphs and runs of non-breaking spaces', async ({
  app,
}) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.body.click();
  const html = readFileSync(join(fixtures, 'paste', 'word-list.html'), 'utf8');
  await composer.body.evaluate((editor, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', 'plain fallback');
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(composer.body.locator('strong')).toHaveText('Instituto Politécnico Nacional');
  await expect(composer.body.locator('em')).toHaveText('el Conalep');
  await expect(composer.body.locator('ul > li')).toHaveText(['Formación docente', 'Incubación de empresas']);
  // A marker Word left outside its marker span goes too: a numbered list is numbered once.
  await expect(composer.body.locator('ol > li')).toHaveText(['Uno', 'Dos']);
  await expect(composer.body.locator(':scope > p')).toHaveText(['El Instituto Politécnico Nacional firmó un convenio con el Conalep.', 'Fin. Gracias']);
  expect(await composer.body.locator('img, script, span').count()).toBe(0);
  // The only style in the body is the one the spelling marks draw with («Conalep» is marked once the checks answer).
  await expect(composer.body.locator('.marked')).not.toHaveCount(0);
  const styles = await composer.body.locator('[style]').evaluateAll((found) => found.map((element) => element.getAttribute('style') ?? ''));
  expect(styles.filter((style) => !/^--marks:[^;]*;?$/.test(style.trim()))).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pasted_script_ran?: boolean }).__pasted_script_ran)).toBeUndefined();
});

/** Pastes plain text into a field as the clipboard would. */
async function pastePlain(field: Locator, text: string): Promise<void> {
  await field.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('pasting into the bullets and the title: several lines become that many bullets, markers and spaces go, a title too long says what did not fit', async ({
  app,
}) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await page.getByRole('button', { name: 'Agregar balazo' }).click();
  await pastePlain(composer.bullet(1), '- Egresan 1 200 ingenieros del IPN\n\n•\u00a0\u00a0Inicia el ciclo escolar 2027\r\n· Abre la convocatoria de becas\n');
  await expect
    .poll(() => composer.bullets().evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value)))
    .toEqual(['Egresan 1 200 ingenieros del IPN', 'Inicia el ciclo escolar 2027', 'Abre la convocatoria de becas']);
  await expect(composer.bullet(3)).toBeFocused();
  await composer.bullet(2).fill('   Inicia el ciclo escolar 2027  ');
  await composer.title.click();
  await expect(composer.bullet(2)).toHaveValue('Inicia el ciclo escolar 2027');
  const long = `El IPN ${'celebra '.repeat(60)}su aniversario`;
  await pastePlain(composer.title, `  ${long}\n`);
  await expect(composer.title).toHaveValue(long.slice(0, 400));
  await expect(page.getByRole('alert')).toHaveText(`Aquí caben 400 caracteres: no se pegaron los últimos ${long.length - 400}: «${long.slice(400)}»`);
  await expect(page.getByText('400 de 400 caracteres')).toBeVisible();
  await composer.waitUntilSaved();
  await page.reload();
  await expect
    .poll(() => composer.bullets().evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value)))
    .toEqual(['Egresan 1 200 ingenieros del IPN', 'Inicia el ciclo escolar 2027', 'Abre la convocatoria de becas']);
  await expect(composer.title).toHaveValue(long.slice(0, 400));
});

test('the toolbar shows the formats where the cursor is, and over a selection only those on all of it', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await expect(composer.tool('Deshacer')).toBeDisabled();
  await composer.body.click();
  await page.keyboard.type('Texto ');
  await expect(composer.tool('Deshacer')).toBeEnabled();
  await expect(composer.tool('Rehacer')).toBeDisabled();
  await page.keyboard.press('Control+b');
  await expect(composer.tool('Negrita')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('fuerte');
  await page.keyboard.press('Control+b');
  await expect(composer.tool('Negrita')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.type(' y normal');
  // Back inside the bold word: pressed; in the plain text after it: not.
  await page.keyboard.press('ArrowLeft');
  for (let step = 0; step < 10; step++) await page.keyboard.press('ArrowLeft');
  await expect(composer.tool('Negrita')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('End');
  await expect(composer.tool('Negrita')).toHaveAttribute('aria-pressed', 'false');
  // A selection of bold and plain text is not all bold.
  await page.keyboard.press('Shift+Home');
  await expect(composer.tool('Negrita')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  // Reached by the keyboard (Tab) or the mouse, a button gives the body the keyboard back in the same key or click.
  expect(await keyboardRightAfterClick(composer.tool('Lista con viñetas'))).toBe('Cuerpo del comunicado');
  await page.keyboard.type('Primer punto');
  await expect(composer.tool('Lista con viñetas')).toHaveAttribute('aria-pressed', 'true');
  await expect(composer.tool('Lista numerada')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+z');
  await expect(composer.tool('Rehacer')).toBeEnabled();
  await page.keyboard.press('Control+Home');
  await expect(composer.tool('Lista con viñetas')).toHaveAttribute('aria-pressed', 'false');
});
