import { readFileSync } from 'node:fs';
import { approvedCommunique, createProfiles, openCommunique, passphrase, signInAs } from './support/office';
import { asOtherWriter } from './support/secondWriter';
import { expect, test } from './support/test';

test('distribution marks an approved communiqué as published; a press officer corrects it with a fe de erratas', async ({ app }) => {
  await createProfiles(app.databasePath, { ana: ['redaccion'], eva: ['edicion'], dora: ['difusion'] });
  const id = await approvedCommunique(app.databasePath, 'Inaugura IPN laboratorio de energía solar');
  const { page } = app;

  await signInAs(page, 'dora');
  await page.getByRole('link', { name: 'Bandeja' }).click();
  const waiting = page.getByRole('region', { name: /^Aprobados sin publicar/ });
  await waiting.getByRole('link', { name: /^Abrir Inaugura IPN laboratorio/ }).click();
  const bar = page.getByRole('region', { name: 'Estado de revisión' });
  await bar.getByLabel('Fecha de publicación').fill('20/11/2026');
  await bar.getByRole('button', { name: 'Marcar como publicado' }).click();
  await expect(bar).toContainText('Publicado el 20 de noviembre de 2026.');
  // Distribution does not draft: no correction from here.
  await expect(bar.getByRole('button', { name: 'Crear fe de erratas' })).toHaveCount(0);

  await signInAs(page, 'ana');
  await openCommunique(page, id);
  await expect(bar).toContainText('Publicado');
  const title = page.getByRole('textbox', { name: 'Título' });
  await expect(title).toBeDisabled();
  await bar.getByRole('button', { name: 'Crear fe de erratas' }).click();
  await expect(page.getByRole('region', { name: 'Estado de revisión' })).toContainText(`Fe de erratas del comunicado #${id}.`);
  await expect(page.getByRole('combobox', { name: 'Serie' })).toHaveValue('fe-de-erratas');
  await expect(page.getByRole('textbox', { name: 'Título' })).toBeEnabled();

  // The office log tells who published and who started the correction.
  await page.getByRole('link', { name: 'Bitácora' }).click();
  const log = page.getByRole('table');
  const published = log.getByRole('row').filter({ hasText: 'Marcó como publicado' });
  await expect(published).toContainText('dora');
  await expect(published).toContainText('versión: v1 · publicado el: 20 de noviembre de 2026');
  await expect(log.getByRole('row').filter({ hasText: 'Creó una fe de erratas' })).toContainText('ana');
});

test('an editor voids a number with a reason: it stays in the report, is never reused, and the report exports as CSV', async ({ app }) => {
  test.skip(app.mode === 'electron', 'the desktop app asks where to save the CSV in a native dialog, which Playwright cannot answer');
  await createProfiles(app.databasePath, { ana: ['redaccion'], eva: ['edicion'] });
  await approvedCommunique(app.databasePath, 'Primer comunicado del año');
  await approvedCommunique(app.databasePath, 'Segundo comunicado del año');
  const { page } = app;
  const year = String(new Date().getFullYear());

  // A press officer sees the report but cannot void.
  await signInAs(page, 'ana');
  await page.getByRole('link', { name: 'Números' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Anular' })).toHaveCount(0);

  await signInAs(page, 'eva');
  await page.getByRole('link', { name: 'Números' }).click();
  const firstRow = page.getByRole('row').filter({ hasText: 'Primer comunicado del año' });
  await expect(firstRow.getByRole('button', { name: 'Anular' })).toBeDisabled();
  await firstRow.getByRole('textbox', { name: 'Motivo para anular el 1' }).fill('Se asignó a un texto que no salió');
  await firstRow.getByRole('button', { name: 'Anular' }).click();
  await expect(firstRow).toContainText('Anulado');
  await expect(firstRow).toContainText('Se asignó a un texto que no salió');

  // The next approval takes 3: a voided number is never given again.
  await approvedCommunique(app.databasePath, 'Tercer comunicado del año');
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: 'Tercer comunicado del año' }).getByRole('cell').first()).toHaveText('3');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportar CSV' }).click()]);
  expect(download.suggestedFilename()).toBe(`numeros-comunicado-${year}.csv`);
  const csv = readFileSync(await download.path(), 'utf8')
    .replace(/^\ufeff/, '')
    .split('\r\n');
  expect(csv[0]).toBe('serie,año,número,estado,comunicado,título,asignado_por,asignado_el,anulado_por,anulado_el,motivo');
  expect(csv).toHaveLength(4);
  expect(csv[1]).toMatch(new RegExp(`^comunicado,${year},1,anulado,\\d+,Primer comunicado del año,eva,.*,eva,.*,Se asignó a un texto que no salió$`));
  expect(csv[3]).toMatch(new RegExp(`^comunicado,${year},3,asignado,`));
});

test('when the original gets a newer approved version, its translation says it is out of date and since which version', async ({ app }) => {
  await createProfiles(app.databasePath, { ana: ['redaccion'], eva: ['edicion'] });
  const original = await approvedCommunique(app.databasePath, 'Buscará IPN posgrado dual con Nuevo México');
  const ana = { name: 'ana', passphrase: passphrase('ana') };
  const eva = { name: 'eva', passphrase: passphrase('eva') };
  const translation = await asOtherWriter(app.databasePath, 'createTranslation', { id: original }, ana);
  const { page } = app;
  await signInAs(page, 'ana');
  const open = (id: number) => openCommunique(page, id);
  await open(translation.id);
  const bar = page.getByRole('region', { name: 'Estado de revisión' });
  await expect(bar).toBeVisible();
  await expect(bar.getByRole('note')).toHaveCount(0);

  // The original is edited, resubmitted and approved again as v2.
  const current = await asOtherWriter(app.databasePath, 'getCommunique', { id: original }, ana);
  const saved = await asOtherWriter(
    app.databasePath,
    'saveCommunique',
    {
      id: original,
      revision: current.revision,
      content: { ...current.content, title: 'Buscará IPN posgrado dual con el Instituto de Minería de Nuevo México' },
    },
    ana,
  );
  const submitted = await asOtherWriter(app.databasePath, 'submitForReview', { id: original, revision: saved.revision }, ana);
  const v2 = submitted.latestVersion;
  if (!v2) throw new Error('no version');
  await asOtherWriter(app.databasePath, 'approveVersion', { id: original, versionId: v2.id, sha256: v2.sha256 }, eva);

  await page.reload();
  await expect(bar.getByRole('note')).toHaveText(
    new RegExp(`^El original \\(comunicado #${original}\\) tiene una versión aprobada más nueva \\(v2\\); esta traducción está al día con la v1\\.`),
  );
  await bar.getByRole('link', { name: 'Ver los cambios del original' }).click();
  await expect(page.getByRole('region', { name: 'Cambios de la v1 a la v2' })).toContainText('El título cambió');
  await open(translation.id);
  await bar.getByRole('button', { name: 'Marcar como actualizada' }).click();
  await expect(bar.getByRole('note')).toHaveCount(0);
});

test('a workstation without profiles creates its first one, who is administrator and adds an editor', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Personas' }).click();
  const first = page.getByRole('form', { name: 'Crear el primer perfil (administrador)' });
  await first.getByLabel('Nombre').fill('Laura Méndez');
  await first.getByLabel('Perfil (para entrar)').fill('laura');
  await first.getByLabel('Frase de acceso', { exact: true }).fill('una frase larga de laura');
  await first.getByLabel('Repita la frase de acceso').fill('una frase larga de laura');
  await first.getByRole('button', { name: 'Crear y entrar' }).click();
  await expect(page.getByText('Trabaja: Laura Méndez')).toBeVisible();

  const add = page.getByRole('form', { name: 'Agregar un perfil' });
  await add.getByLabel('Nombre').fill('Eva Ruiz');
  await add.getByLabel('Perfil (para entrar)').fill('eva');
  await add.getByRole('checkbox', { name: 'Redacción' }).uncheck();
  await add.getByRole('checkbox', { name: 'Edición' }).check();
  await add.getByLabel('Frase de acceso', { exact: true }).fill('la frase de eva ruiz');
  await add.getByLabel('Repita la frase de acceso').fill('otra frase distinta');
  await add.getByRole('button', { name: 'Agregar perfil' }).click();
  await expect(add.getByRole('alert')).toHaveText('Las dos frases no coinciden.');
  await add.getByLabel('Repita la frase de acceso').fill('la frase de eva ruiz');
  await add.getByRole('button', { name: 'Agregar perfil' }).click();
  await expect(page.getByRole('status')).toHaveText('Perfil de Eva Ruiz creado.');
  await expect(page.getByRole('checkbox', { name: 'Administración de Laura Méndez' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Edición de Eva Ruiz' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Redacción de Eva Ruiz' })).not.toBeChecked();

  // From now on each person signs in with their own profile.
  await page.getByRole('button', { name: 'Salir' }).click();
  const signIn = page.getByRole('form', { name: '¿Quién trabaja?' });
  await expect(signIn.getByRole('combobox', { name: 'Perfil' }).getByRole('option')).toHaveText([/Eva Ruiz/, /Laura Méndez/]);
});
