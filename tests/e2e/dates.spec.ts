import { ComposerPage } from './support/ComposerPage';
import { expect, test } from './support/test';

test('a date is what it shows: typed day first, an impossible date is refused at the field and a far one is questioned', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  const dateline = page.locator('dt', { hasText: 'Línea de fecha' }).locator('xpath=following-sibling::dd[1]');
  await composer.date.fill('17/11/2026');
  await expect(dateline).toHaveText('Ciudad de México, 17 de noviembre de 2026');
  await expect(composer.date).toHaveValue('17/11/2026');

  // 31 February does not exist: said at the field, in Spanish; the dateline keeps the last real date.
  await composer.date.fill('31/02/2026');
  await expect(page.getByRole('alert').filter({ hasText: 'La fecha 31/02/2026 no existe' })).toBeVisible();
  await expect(composer.date).toHaveAttribute('aria-invalid', 'true');
  await expect(dateline).toHaveText('Ciudad de México, 17 de noviembre de 2026');

  // A date centuries away is asked about before it is taken.
  await composer.date.fill('01/12/2312');
  // How many years away depends on today: the words around the count do not.
  const question = page.getByRole('alert').filter({ hasText: /^El 1 de diciembre de 2312 está a 28\d años de hoy\. ¿Es correcta\?/ });
  await expect(question).toBeVisible();
  await expect(dateline).toHaveText('Ciudad de México, 17 de noviembre de 2026');
  await composer.date.fill('01/12/2026');
  await expect(question).toHaveCount(0);
  await expect(dateline).toHaveText('Ciudad de México, 1 de diciembre de 2026');
  await composer.waitUntilSaved();
  await page.reload();
  await expect(composer.date).toHaveValue('01/12/2026');
});
