import { readyContent } from '../helpers/readyContent';
import { ComposerPage } from './support/ComposerPage';
import { createProfiles, openCommunique, passphrase, signInAs } from './support/office';
import { asOtherWriter } from './support/secondWriter';
import { expect, test } from './support/test';

test('small words right: the press vocabulary is known and counts agree in number', async ({ app }) => {
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

test('a translation started before its original was approved says, in words, that it has not caught up yet', async ({ app }) => {
  await createProfiles(app.databasePath, { ana: ['redaccion'], eva: ['edicion'] });
  const ana = { name: 'ana', passphrase: passphrase('ana') };
  const eva = { name: 'eva', passphrase: passphrase('eva') };
  const original = await asOtherWriter(app.databasePath, 'createCommunique', { content: readyContent('Original en español') }, ana);
  const english = await asOtherWriter(app.databasePath, 'createTranslation', { id: original.id }, ana);
  const sent = (await asOtherWriter(app.databasePath, 'submitForReview', { id: original.id, revision: original.revision }, ana)).latestVersion;
  await asOtherWriter(app.databasePath, 'approveVersion', { id: original.id, versionId: sent?.id ?? 0, sha256: sent?.sha256 ?? '' }, eva);
  await signInAs(app.page, 'ana');
  await openCommunique(app.page, english.id);
  await expect(app.page.getByRole('region', { name: 'Estado de revisión' }).getByRole('note')).toContainText(
    `El original (comunicado #${original.id}) tiene una versión aprobada (v1) con la que esta traducción aún no se ha puesto al día.`,
  );
});
