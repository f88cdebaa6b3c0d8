import { readFileSync } from 'node:fs';
import { approvedCommunique, createProfiles, openCommunique, signInAs } from './support/office';
import { ComposerPage, exportPanel } from './support/ComposerPage';
import { expect, test } from './support/test';

test('the English version of an approved communiqué is approved on its own and published with the original’s number', async ({ app }) => {
  test.skip(app.mode === 'electron', 'two people at once need two windows, and downloads open a native dialog in the desktop app');
  test.setTimeout(90_000);
  await createProfiles(app.databasePath, { ana: ['redaccion'], eva: ['edicion'] });
  const original = await approvedCommunique(app.databasePath, 'Buscará IPN posgrado dual con Nuevo México');
  const year = new Date().getFullYear();
  const officer = app.page;
  await signInAs(officer, 'ana');
  await openCommunique(officer, original);
  await officer.getByRole('button', { name: 'Crear versión en inglés' }).click();
  await expect(officer.getByRole('heading', { name: /^Comunicado #\d+$/ })).not.toHaveText(`Comunicado #${original}`);
  const translationId = Number((await officer.getByRole('heading', { name: /^Comunicado #\d+$/ }).textContent())?.replace(/\D/g, ''));
  // The translation shows its original's number from the start: it never takes one of its own.
  await expect(officer.getByText('Press Release 1', { exact: true })).toBeVisible();
  await officer.getByRole('textbox', { name: 'Título', exact: true }).fill('IPN will seek a dual graduate program with New Mexico');
  await officer.getByRole('button', { name: 'Enviar a revisión' }).click();
  await expect(officer.getByRole('region', { name: 'Estado de revisión' })).toContainText('En revisión');

  const editor = await app.openAnotherWindow();
  await signInAs(editor, 'eva');
  await editor.evaluate((id) => {
    window.location.hash = `#/c/${id}/revision`;
  }, translationId);
  await editor.getByRole('button', { name: 'Aprobar la v1', exact: true }).click();
  const confirm = editor.getByRole('alertdialog', { name: 'Confirmar la aprobación' });
  await expect(confirm).toHaveText(new RegExp(`La v1 es una traducción: llevará el número de su original, 1 de ${year}\\.`));
  await confirm.getByRole('button', { name: 'Sí, aprobar la v1' }).click();
  await expect(editor.getByRole('status').filter({ hasText: `Aprobado: número 1 de ${year} (v1).` })).toBeVisible();

  // Exported, the English text carries number 1; the Spanish series has no gap (its next number is 2).
  await openCommunique(editor, translationId);
  const panel = await exportPanel(editor);
  const [file] = await Promise.all([editor.waitForEvent('download'), panel.getByRole('button', { name: 'Texto (.txt)', exact: true }).click()]);
  expect(file.suggestedFilename()).toBe(`Press-Release-001-${year}-en.txt`);
  expect(readFileSync(await file.path(), 'utf8').split('\n')[0]).toBe('Press Release 1');
  await editor.getByRole('navigation').getByRole('link', { name: 'Números' }).click();
  await expect(editor.getByRole('row')).toHaveCount(2);
  await expect(editor.getByRole('row').nth(1)).toContainText('Buscará IPN posgrado dual con Nuevo México');
});

test('a translator can read the original beside the draft, part by part, with the part being translated marked', async ({ app }) => {
  await createProfiles(app.databasePath, { ana: ['redaccion'], eva: ['edicion'] });
  const original = await approvedCommunique(
    app.databasePath,
    'Buscará IPN posgrado dual con Nuevo México',
    'El Instituto Politécnico Nacional firmó un acuerdo.\n\nLos estudiantes podrán obtener dos grados.',
  );
  const { page } = app;
  await signInAs(page, 'ana');
  await openCommunique(page, original);
  await page.getByRole('button', { name: 'Crear versión en inglés' }).click();
  await expect(page.getByRole('heading', { name: /^Comunicado #\d+$/ })).not.toHaveText(`Comunicado #${original}`);
  const composer = new ComposerPage(page);
  await page.getByRole('button', { name: 'Ver el original al lado' }).click();
  const beside = page.getByRole('region', { name: `Original (#${original})` });
  await expect(beside).toContainText('Texto aprobado del original (v1).');
  await expect(beside.locator('.original-part')).toHaveText([
    'Buscará IPN posgrado dual con Nuevo México',
    'Balazo de prueba',
    '¶1 El Instituto Politécnico Nacional firmó un acuerdo.',
    '¶2 Los estudiantes podrán obtener dos grados.',
  ]);
  await expect(page.getByRole('region', { name: /^Vista previa/ })).toBeHidden();

  // Where the translator types, the same part of the original is marked.
  await composer.title.fill('IPN will seek a dual graduate program with New Mexico');
  await expect(beside.locator('[aria-current="true"]')).toHaveText('Buscará IPN posgrado dual con Nuevo México');
  await composer.bullet(1).click();
  await expect(beside.locator('[aria-current="true"]')).toHaveText('Balazo de prueba');
  await composer.body.locator('p').nth(1).click();
  await expect(beside.locator('[aria-current="true"]')).toHaveText('¶2 Los estudiantes podrán obtener dos grados.');
  await composer.body.locator('p').nth(0).click();
  await expect(beside.locator('[aria-current="true"]')).toHaveText('¶1 El Instituto Politécnico Nacional firmó un acuerdo.');

  await page.getByRole('button', { name: 'Ver la vista previa' }).click();
  await expect(page.getByRole('region', { name: /^Vista previa/ })).toBeVisible();
  await expect(beside).toBeHidden();
});

test('the preview, hidden while the original is beside, is laid out again when shown, every page where it belongs', async ({ app }) => {
  await createProfiles(app.databasePath, { ana: ['redaccion'], eva: ['edicion'] });
  const paragraph = (n: number) => `Párrafo ${n}. ${'El Instituto Politécnico Nacional amplía su oferta de posgrado con programas en dos países. '.repeat(4)}`;
  const original = await approvedCommunique(
    app.databasePath,
    'Buscará IPN posgrado dual con Nuevo México',
    Array.from({ length: 30 }, (_, n) => paragraph(n + 1)).join('\n\n'),
  );
  const { page } = app;
  await signInAs(page, 'ana');
  await openCommunique(page, original);
  await page.getByRole('button', { name: 'Crear versión en inglés' }).click();
  await expect(page.getByRole('heading', { name: /^Comunicado #\d+$/ })).not.toHaveText(`Comunicado #${original}`);
  const pages = page.locator('.page-preview-pages');
  await expect(pages).not.toHaveAttribute('data-pages', /^[01]$/);
  const count = await pages.getAttribute('data-pages');

  // The translator reads the original beside the draft and types the title meanwhile.
  await page.getByRole('button', { name: 'Ver el original al lado' }).click();
  await expect(page.getByRole('region', { name: /^Vista previa/ })).toBeHidden();
  await new ComposerPage(page).title.fill('IPN will seek a dual graduate program');
  await page.waitForTimeout(1500);

  await page.getByRole('button', { name: 'Ver la vista previa' }).click();
  const preview = page.getByRole('region', { name: /^Vista previa/ });
  await expect(preview.getByRole('group').first()).toContainText('IPN will seek a dual graduate program');
  // Laid out on its pages again: as many as before, the last paragraph on the last one, none cut to nothing.
  await expect(pages).toHaveAttribute('data-pages', count ?? '');
  await expect(preview.getByRole('group').last()).toContainText('Párrafo 30.');
  for (const frame of await preview.getByRole('group').all()) expect(((await frame.textContent()) ?? '').length).toBeGreaterThan(200);
});

test('an original is not offered an original beside it', async ({ app }) => {
  const { page } = app;
  await new ComposerPage(page).createFromList();
  await expect(page.getByRole('button', { name: 'Crear versión en inglés' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ver el original al lado' })).toHaveCount(0);
});
