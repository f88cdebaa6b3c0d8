import { keyboardRightAfterClick } from './support/keyboardRightAfterClick';
import { ComposerPage } from './support/ComposerPage';
import { expect, test } from './support/test';

const title = 'IPN and Conalep work together in education and training activities';
const bullets = [
  'Collaboration agreement signed to provide humanistic, critical, and multicultural education',
  'Both schools offer high quality technical education for free: Arturo Reyes Sandoval',
  'The union of efforts will allow for maximum use of resources: Manuel de Jesús Espino Barrientos',
];

test('a press officer fills every field of a communiqué, reloads, and finds it all as written', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();

  await composer.series.selectOption({ label: 'Comunicado conjunto' });
  await composer.documentLanguage.selectOption({ label: 'Inglés' });
  await expect(composer.place).toHaveValue('Mexico City');
  await composer.date.fill('27/03/2023');
  await composer.title.fill(title);

  // Bullets: typed in the wrong order, then put right; a stray one removed.
  await composer.addBullet(bullets[1] ?? '');
  await composer.addBullet(bullets[0] ?? '');
  await composer.addBullet('borrar esto');
  await page.getByRole('button', { name: 'Quitar balazo 3' }).click();
  await page.getByRole('button', { name: 'Subir balazo 2' }).click();
  await composer.addBullet(bullets[2] ?? '');
  await expect(composer.bullets()).toHaveCount(3);

  // Body by keyboard and toolbar: paragraphs, bold, italic, a list, a quote and a link.
  await composer.body.click();
  await page.keyboard.type('The Instituto Politécnico Nacional and ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Conalep');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' join forces, ');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('free of charge');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  await composer.tool('Lista con viñetas').click();
  await page.keyboard.type('Teacher training');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Business incubation');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await composer.tool('Cita').click();
  await page.keyboard.type('We are in the places where we are most needed');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('More at ipn.mx');
  await page.keyboard.press('Shift+Home');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('More at ipn.mx');
  await page.keyboard.press('Control+k');
  const linkAddress = page.getByLabel('Dirección del enlace');
  await linkAddress.fill('https://www.ipn.mx');
  // The body has the keyboard back in the same click: typing on goes into the text.
  expect(await keyboardRightAfterClick(page.getByRole('button', { name: 'Aplicar enlace' }))).toBe('Cuerpo del comunicado');
  await expect(composer.body.getByRole('link', { name: 'More at ipn.mx' })).toHaveAttribute('href', 'https://www.ipn.mx');
  await composer.waitUntilSaved();

  await page.reload();
  await expect(composer.title).toHaveValue(title);
  await expect(composer.series).toHaveValue('comunicado-conjunto');
  await expect(composer.documentLanguage).toHaveValue('en');
  await expect(composer.place).toHaveValue('Mexico City');
  await expect(composer.date).toHaveValue('27/03/2023');
  await expect(composer.bullets()).toHaveCount(3);
  for (const [index, text] of bullets.entries()) await expect(composer.bullet(index + 1)).toHaveValue(text);
  await expect(composer.body.locator('strong')).toHaveText('Conalep');
  await expect(composer.body.locator('em')).toHaveText('free of charge');
  await expect(composer.body.locator('ul > li')).toHaveText(['Teacher training', 'Business incubation']);
  await expect(composer.body.locator('blockquote')).toHaveText('We are in the places where we are most needed');
  await expect(composer.body.locator('a')).toHaveAttribute('href', 'https://www.ipn.mx');
  await expect(composer.body.locator('a')).toHaveText('More at ipn.mx');

  await page.getByRole('link', { name: 'Volver a la lista' }).click();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Comunicado conjunto');
  await expect(row).toContainText('Inglés');
  await expect(row).toContainText('Borrador');
  await page.getByRole('link', { name: `Abrir ${title}` }).click();
  await expect(composer.title).toHaveValue(title);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an empty list says how to begin, and a new communiqué appears in it untitled', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('Aún no hay comunicados.')).toBeVisible();
  // On a one-person workstation the person may import, and is told how.
  await expect(page.getByText('Aún no hay comunicados.')).toContainText('o traiga los de la oficina con «Importar archivo…»');
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await expect(composer.place).toHaveValue('Ciudad de México');
  await page.getByRole('link', { name: 'Volver a la lista' }).click();
  await expect(page.getByRole('link', { name: 'Abrir (sin título)' })).toBeVisible();
});

test('a link that could run code is refused with an explanation', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.body.click();
  await page.keyboard.type('clic aquí');
  await page.keyboard.press('Shift+Home');
  await composer.tool('Enlace').click();
  await page.getByLabel('Dirección del enlace').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Aplicar enlace' }).click();
  await expect(page.getByRole('alert')).toHaveText('Use una dirección que empiece con http://, https:// o mailto:');
  await expect(composer.body.locator('a')).toHaveCount(0);
});

test('a shortcut pressed right after selecting acts on the selection, not on the old cursor', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.body.click();
  await page.keyboard.type('Primera parte y segunda parte');
  // Select "segunda parte" and press Ctrl+B in the same task, before Chrome can report the selection change.
  await composer.body.evaluate((editor) => {
    // Marks (spelling, style) split the paragraph into several text nodes: find characters 16 and 29 across them.
    const walker = editor.ownerDocument.createTreeWalker(editor.querySelector('p') as Node, NodeFilter.SHOW_TEXT);
    const at = (offset: number): [Node, number] => {
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = (node as Text).data.length;
        if (offset <= seen + length) return [node, offset - seen];
        seen += length;
      }
      throw new Error(`no character ${offset}`);
    };
    const [startNode, startOffset] = at(16);
    walker.currentNode = editor.querySelector('p') as Node;
    const [endNode, endOffset] = at(29);
    editor.ownerDocument.getSelection()?.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', code: 'KeyB', ctrlKey: true, bubbles: true, cancelable: true }));
  });
  await expect(composer.body.locator('strong')).toHaveText('segunda parte');
});

test('the save indicator never says «Guardado» over a change not yet stored: it turns as the change lands, and a reload then keeps the text', async ({
  app,
}) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.waitUntilSaved();
  // What the indicator says before the next paint after a change, read without letting the page run another task.
  const sayAfter = (change: string) =>
    page.evaluate(`(async () => {
      ${change};
      for (let turn = 0; turn < 20; turn++) await Promise.resolve();
      return document.querySelector('.save-status').textContent;
    })()`);
  const title = `document.getElementById('field-title')`;
  const setTitle = `Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(${title}, 'Ya tiene título'); ${title}.dispatchEvent(new Event('input', { bubbles: true }))`;
  expect(await sayAfter(setTitle)).toBe('Cambios sin guardar');
  await composer.waitUntilSaved();
  await composer.body.click();
  expect(await sayAfter(`document.execCommand('insertText', false, 'Texto nuevo.')`)).toBe('Cambios sin guardar');
  await composer.waitUntilSaved();
  await page.reload();
  await expect(composer.title).toHaveValue('Ya tiene título');
  await expect(composer.body).toHaveText('Texto nuevo.');
});
