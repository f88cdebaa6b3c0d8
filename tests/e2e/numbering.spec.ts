import { approvedCommunique, createProfiles, signInAs } from './support/office';
import { expect, test } from './support/test';

test('an administrator continues the office’s own numbering from the numbers screen; the next approval takes the number after it', async ({ app }) => {
  const { page, databasePath } = app;
  await createProfiles(databasePath, { ana: ['redaccion'], eva: ['edicion'] });
  await signInAs(page, 'admin');
  await page.getByRole('navigation').getByRole('link', { name: 'Números' }).click();
  const year = new Date().getFullYear();
  const panel = page.getByRole('region', { name: `Comunicado ${year}` });
  await expect(panel).toContainText('Siguiente número: 1.');
  await panel.getByText('La oficina ya emitió números este año fuera de Redacta…').click();
  await panel.getByRole('spinbutton', { name: 'El siguiente número será el' }).fill('223');
  await panel.getByRole('textbox', { name: 'Motivo' }).fill('Boletines de enero a noviembre, hechos en Word');
  await panel.getByRole('button', { name: 'Continuar desde ese número' }).click();
  await expect(panel).toContainText('Siguiente número: 223.');
  await expect(panel.getByRole('listitem')).toHaveText(
    /^Hasta el 222: emitidos fuera de Redacta\. Lo declaró admin \(.+\): «Boletines de enero a noviembre, hechos en Word»\.$/,
  );

  // Going back is refused at the field, in words, and nothing changes.
  await panel.getByRole('spinbutton', { name: 'El siguiente número será el' }).fill('100');
  await panel.getByRole('textbox', { name: 'Motivo' }).fill('Error');
  await panel.getByRole('button', { name: 'Continuar desde ese número' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    `La numeración de Comunicado ${year} ya va en el 223: no puede seguir desde el 100, porque los números nunca se repiten.`,
  );
  await expect(panel).toContainText('Siguiente número: 223.');

  await approvedCommunique(databasePath, 'Primer comunicado hecho en Redacta');
  await page.reload();
  await expect(page.getByRole('row').nth(1)).toContainText('223');
  await expect(page.getByRole('row').nth(1)).toContainText('Primer comunicado hecho en Redacta');
  await expect(panel).toContainText('Siguiente número: 224.');
});

test('only an administrator is offered to continue the numbering', async ({ app }) => {
  const { page, databasePath } = app;
  await createProfiles(databasePath, { eva: ['edicion'] });
  await signInAs(page, 'eva');
  await page.getByRole('navigation').getByRole('link', { name: 'Números' }).click();
  await expect(page.getByText(/^Siguiente número: 1\.$/)).toBeVisible();
  await expect(page.getByText('La oficina ya emitió números este año fuera de Redacta…')).toHaveCount(0);
});
