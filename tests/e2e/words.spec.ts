import { ComposerPage } from './support/ComposerPage';
import { expect, test } from './support/test';

test('small words right: the press vocabulary is known, counts agree in number, and a translation not yet brought up to date says so in words', async ({
  app,
}) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.title.fill('Sí');
  await expect(page.getByText('Cuerpo: 0 palabras, 0 caracteres · Todo el comunicado: 1 palabra, 2 caracteres')).toBeVisible();
  await composer.body.click();
  await page.keyboard.type('La directora externó que el pregrado en geoquímica tendrá más entregables.');
  const panel = page.getByRole('region', { name: /^Ortografía/ });
  await expect(panel).toContainText('Sin palabras desconocidas.', { timeout: 20_000 });
});
