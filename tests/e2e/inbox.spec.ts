import { readyContent } from '../helpers/readyContent';
import { createProfiles, passphrase, signInAs } from './support/office';
import { asOtherWriter } from './support/secondWriter';
import { expect, test } from './support/test';

test('where the work waits: the count beside "Bandeja" is what waits for each person, and the numbers open on a year that has them', async ({ app }) => {
  await createProfiles(app.databasePath, { ana: ['redaccion'], eva: ['edicion'], dora: ['difusion'] });
  const ana = { name: 'ana', passphrase: passphrase('ana') };
  const eva = { name: 'eva', passphrase: passphrase('eva') };
  // An approved communiqué of 2021 (so this year has no numbers yet), and one more waiting for review.
  const old = await asOtherWriter(app.databasePath, 'createCommunique', { content: readyContent('Del archivo de 2021', { date: '2021-11-17' }) }, ana);
  const sent = (await asOtherWriter(app.databasePath, 'submitForReview', { id: old.id, revision: old.revision }, ana)).latestVersion;
  await asOtherWriter(app.databasePath, 'approveVersion', { id: old.id, versionId: sent?.id ?? 0, sha256: sent?.sha256 ?? '' }, eva);
  const waiting = await asOtherWriter(app.databasePath, 'createCommunique', { content: readyContent('Por revisar hoy') }, ana);
  await asOtherWriter(app.databasePath, 'submitForReview', { id: waiting.id, revision: waiting.revision }, ana);

  const { page } = app;
  // Dora publishes: one approved text waits for her; she starts on the list, not in the inbox.
  await signInAs(page, 'dora');
  await expect(page.getByRole('heading', { name: 'Comunicados', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bandeja: 1 espera' })).toBeVisible();
  // Ana drafts: nothing was sent back to her.
  await signInAs(page, 'ana');
  await expect(page.getByRole('link', { name: 'Bandeja', exact: true })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Números' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Año' })).toHaveValue('2021');
  await expect(page.getByRole('cell', { name: 'Del archivo de 2021' })).toBeVisible();
});
