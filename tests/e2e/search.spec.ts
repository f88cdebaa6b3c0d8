import { asOtherWriter } from './support/secondWriter';
import { expect, test } from './support/test';

test('the list finds as one types, accents ignored and ñ kept, shows where the words are, and filters by year', async ({ app }) => {
  const { page, databasePath } = app;
  const make = (title: string, body: string, date: string) => asOtherWriter(databasePath, 'createCommunique', { content: { title, body, date } });
  const reforma = await make('Reforma de la educación media', 'La Secretaría presentó la educación dual en Zacatenco.', '2025-03-10');
  await make('Nuevo laboratorio de geoquímica', 'El rector Añadió que la investigación crece.', '2026-05-02');
  await make('Rueda de prensa', 'Se convocó a una rueda de prensa.', '2026-06-01');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /comunicados$/ })).toHaveText('3 comunicados');

  const search = page.getByRole('searchbox', { name: 'Buscar en los comunicados' });
  await search.fill('educacion');
  await expect(page.getByRole('status').filter({ hasText: /comunicado/ })).toHaveText('1 comunicado');
  const row = page.getByRole('row').nth(1);
  await expect(row.getByRole('link')).toHaveText('Reforma de la educación media');
  await expect(row.locator('mark')).toHaveText(['educación']);

  await search.fill('Anadio');
  await expect(page.getByText('Ningún comunicado coincide. Pruebe con menos palabras o quite filtros.')).toBeVisible();
  await search.fill('añadió');
  await expect(page.getByRole('row').nth(1).getByRole('link')).toHaveText('Nuevo laboratorio de geoquímica');
  await search.fill('"rueda de prensa"');
  await expect(page.getByRole('row')).toHaveCount(2);
  await search.fill('');
  await page.getByRole('spinbutton', { name: 'Año' }).fill('2025');
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('row').nth(1).getByRole('link')).toHaveText('Reforma de la educación media');

  // From the search box, ↓ goes to the first result; Enter opens it.
  await search.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: 'Abrir Reforma de la educación media' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Comunicado #${reforma.id}` })).toBeVisible();
});

test('the list comes a page at a time, ↑ and ↓ move between rows, and ticks are kept across pages for batch export', async ({ app }) => {
  test.setTimeout(90_000);
  const { page, databasePath } = app;
  for (let i = 1; i <= 55; i++) await asOtherWriter(databasePath, 'createCommunique', { content: { title: `Boletín ${String(i).padStart(2, '0')}` } });
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /comunicados/ })).toHaveText('55 comunicados');
  await expect(page.getByRole('row')).toHaveCount(51);
  await expect(page.getByRole('navigation', { name: '1–50 de 55' })).toBeVisible();
  await page.getByRole('link', { name: 'Abrir Boletín 55' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: 'Abrir Boletín 54' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('link', { name: 'Abrir Boletín 55' })).toBeFocused();

  await page.getByRole('checkbox', { name: 'Seleccionar Boletín 55' }).check();
  await page.getByRole('button', { name: 'Siguientes' }).click();
  await expect(page.getByRole('row')).toHaveCount(6);
  await page.getByRole('checkbox', { name: 'Seleccionar Boletín 01' }).check();
  await expect(page.getByRole('status').filter({ hasText: /comunicados/ })).toHaveText(/^55 comunicados · 2 seleccionados/);
  await page.getByRole('button', { name: 'Exportar selección (2)…' }).click();
  await expect(page.getByRole('dialog', { name: 'Exportar 2 comunicados' })).toBeVisible();
});

test('the list filters by the person quoted and by a range of dates typed day first', async ({ app }) => {
  const { page, databasePath } = app;
  const make = (title: string, body: string, date: string) => asOtherWriter(databasePath, 'createCommunique', { content: { title, body, date } });
  await make('Convenio con Nuevo México', 'El director general, Arturo Reyes Sandoval, detalló que el convenio abrirá posgrados.', '2025-03-10');
  await make('Escuela renovada', 'La escuela lleva el nombre de Arturo Reyes Sandoval.', '2025-04-02');
  await make('Feria de ciencias', '«Es la más grande», afirmó Delfina Gómez Álvarez.', '2026-01-15');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /comunicados$/ })).toHaveText('3 comunicados');

  await page.getByRole('searchbox', { name: 'Persona citada' }).fill('reyes sandoval');
  await expect(page.getByRole('status').filter({ hasText: /comunicado/ })).toHaveText('1 comunicado');
  await expect(page.getByRole('row').nth(1).getByRole('link')).toHaveText('Convenio con Nuevo México');
  await expect(page.getByRole('row').nth(1).locator('mark')).toHaveText(['Reyes Sandoval']);
  await page.getByRole('searchbox', { name: 'Persona citada' }).fill('');

  await page.getByRole('textbox', { name: 'Desde' }).fill('01/04/2025');
  await page.getByRole('textbox', { name: 'Hasta' }).fill('31/01/2026');
  await expect(page.getByRole('status').filter({ hasText: /comunicados$/ })).toHaveText('2 comunicados');
  await expect(page.getByRole('row').nth(1).getByRole('link')).toHaveText('Feria de ciencias');
  await page.getByRole('textbox', { name: 'Desde' }).fill('');
  await expect(page.getByRole('status').filter({ hasText: /comunicados$/ })).toHaveText('3 comunicados');
});
