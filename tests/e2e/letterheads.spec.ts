import { join } from 'node:path';
import { asOtherWriter } from './support/secondWriter';
import { ComposerPage } from './support/ComposerPage';
import { expect, test } from './support/test';

test('an administrator prepares next year’s letterhead by duplicating the one in use', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList(); // the default letterhead is now in use
  await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Membretes' }).click();
  await expect(page.getByRole('row', { name: /IPN — membrete institucional/ })).toContainText('1 comunicado');

  await page.getByRole('link', { name: 'Ver IPN — membrete institucional' }).click();
  await expect(page.getByRole('note')).toContainText('Este membrete lo usan 1 comunicados y ya no cambia.');
  await expect(page.getByRole('textbox', { name: 'Leyenda conmemorativa' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Guardar membrete' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Volver a los membretes' }).click();
  await page.getByRole('link', { name: 'Duplicar IPN — membrete institucional' }).click();
  await expect(page.getByRole('heading', { name: 'Nuevo membrete' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nombre', exact: true }).fill('IPN 2027');
  await page.getByRole('textbox', { name: 'Vigente desde' }).fill('01/01/2027');
  await page.getByRole('textbox', { name: 'Leyenda conmemorativa' }).fill('2027, AÑO DEL POLITÉCNICO');
  await page.getByRole('textbox', { name: 'Cierre en español' }).fill('—oOo—');
  await page.getByRole('combobox', { name: 'Tamaño de papel' }).selectOption('a4');
  await page.getByLabel('Archivo de imagen del membrete').setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'images', 'guinda-320x180.png'));
  await page.getByRole('combobox', { name: 'Posición de la imagen 3' }).selectOption('center');
  const preview = page.getByRole('region', { name: /^Vista previa/ });
  await expect(preview.locator('.page').first().locator('.lh-commemorative')).toHaveText('2027, AÑO DEL POLITÉCNICO');
  await expect(preview.locator('.page').first().locator('.lh-center img')).toHaveCount(1);
  await page.getByRole('button', { name: 'Guardar membrete' }).click();
  await expect(page.getByRole('status')).toHaveText('Membrete guardado.');

  const saved = (await asOtherWriter(app.databasePath, 'listLetterheads', {})).find((row) => row.name === 'IPN 2027');
  expect(saved).toMatchObject({ validFrom: '2027-01-01', usedBy: 0 });
  const stored = await asOtherWriter(app.databasePath, 'getLetterhead', { id: saved?.id ?? 0 });
  expect(stored.definition).toMatchObject({ commemorativeLine: '2027, AÑO DEL POLITÉCNICO', closingMarks: { es: '—oOo—' }, pageSize: 'a4' });
  expect(stored.definition.images.map((image) => image.position)).toEqual(['left', 'right', 'center']);
  expect((await asOtherWriter(app.databasePath, 'getLetterhead', { id: 1 })).definition.commemorativeLine).toContain('1921–2021');
});
