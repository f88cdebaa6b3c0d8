import { keyboardRightAfterClick } from './support/keyboardRightAfterClick';
import { ComposerPage } from './support/ComposerPage';
import { createProfiles, signInAs } from './support/office';
import { expect, test } from './support/test';

test('a draft missing its title, bullets or body cannot be sent: the bar says what is missing and each takes the officer to its field', async ({ app }) => {
  const { page } = app;
  await createProfiles(app.databasePath, { ana: ['redaccion'] });
  await signInAs(page, 'ana');
  const ana = new ComposerPage(page);
  await ana.createFromList();
  const bar = page.getByRole('region', { name: 'Estado de revisión' });
  const send = bar.getByRole('button', { name: 'Enviar a revisión' });
  await expect(send).toBeDisabled();
  const missing = bar.getByRole('note');
  await expect(missing).toHaveText(/^Para enviarlo a revisión falta:\s*el título, los balazos y el cuerpo$/);

  await missing.getByRole('button', { name: 'Completar el título' }).click();
  await expect(ana.title).toBeFocused();
  await page.keyboard.type('Inaugura IPN laboratorio de geoquímica');
  await expect(missing.getByRole('button', { name: 'Completar el título' })).toHaveCount(0);

  await missing.getByRole('button', { name: 'Completar los balazos' }).click();
  await expect(page.getByRole('button', { name: 'Agregar balazo' })).toBeFocused();
  await ana.addBullet('El laboratorio atenderá a 300 estudiantes de pregrado');

  expect(await keyboardRightAfterClick(missing.getByRole('button', { name: 'Completar el cuerpo' }))).toBe('Cuerpo del comunicado');
  await page.keyboard.type('El Instituto Politécnico Nacional inauguró un laboratorio.');
  await expect(missing).toHaveCount(0);
  await expect(send).toBeEnabled();
  await send.click();
  await expect(bar).toContainText('En revisión');
});
