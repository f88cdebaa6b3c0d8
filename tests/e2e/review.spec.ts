import { ComposerPage } from './support/ComposerPage';
import { createProfiles, passphrase, signInAs } from './support/office';
import { readPreview } from './support/previewText';
import { expect, test } from './support/test';

test('an officer drafts and submits, an editor comments, the officer fixes and resubmits, the editor sees the diff and approves', async ({ app }) => {
  test.skip(app.mode === 'electron', 'two people at once need two windows: browser mode gives each a tab');
  test.setTimeout(120_000);
  await createProfiles(app.databasePath, { ana: ['redaccion'], eva: ['edicion'] });
  const officer = app.page;
  const editor = await app.openAnotherWindow();

  // Ana drafts and submits.
  await signInAs(officer, 'ana');
  const ana = new ComposerPage(officer);
  await ana.createFromList();
  await ana.title.fill('Buscará IPN posgrado dual con el Instituto de Minería y Tecnología de Nuevo México, anuncia el titular');
  await ana.addBullet('Ambas instituciones acordaron signar una carta de intención');
  await ana.addBullet('Se abrirán oportunidades para los egresados: Arturo Reyes Sandoval');
  await ana.body.click();
  await officer.keyboard.type('El Instituto Politécnico Nacional (IPN) y el Instituto de Minería convinieron en signar una carta de intención.');
  await ana.waitUntilSaved();
  await officer.getByRole('button', { name: 'Enviar a revisión' }).click();
  const anaBar = officer.getByRole('region', { name: 'Estado de revisión' });
  await expect(anaBar).toContainText('En revisión');
  await expect(anaBar).toContainText('Versión v1 enviada por ana');
  await expect(ana.title).toBeDisabled();

  // Eva starts in her inbox, where the count says one item waits; it opens where she reviews it.
  await signInAs(editor, 'eva');
  await expect(editor.getByRole('heading', { name: 'Bandeja', level: 1 })).toBeVisible();
  await expect(editor.getByRole('link', { name: 'Bandeja: 1 espera' })).toBeVisible();
  const toReview = editor.getByRole('region', { name: /^Por revisar/ });
  await toReview.getByRole('link', { name: /^Abrir Buscará IPN posgrado dual/ }).click();
  await expect(editor.getByRole('article', { name: 'Texto de la versión v1' })).toContainText('convinieron en signar una carta de intención');
  await editor.getByRole('button', { name: 'Comentar: Título' }).click();
  const comments = editor.getByRole('region', { name: /^Comentarios/ });
  await expect(comments.getByRole('combobox', { name: 'Sobre' })).toHaveValue('title:');
  await comments.getByRole('textbox', { name: 'Comentario sobre la v1' }).fill('El título es demasiado largo: quite «anuncia el titular».');
  await comments.getByRole('button', { name: 'Comentar', exact: true }).click();
  await expect(comments.getByRole('listitem')).toHaveCount(1);
  await expect(comments.getByRole('listitem').first()).toContainText('Título');
  const decision = editor.getByRole('region', { name: 'Decisión' });
  await expect(decision).toContainText(/En revisión: v1, enviada por ana \(SHA-256 [0-9a-f]{12}…\)/);
  await decision.getByRole('textbox', { name: 'Qué cambiar (obligatorio para devolver)' }).fill('Corrija el título, por favor.');
  await decision.getByRole('button', { name: 'Pedir cambios' }).click();
  await expect(editor.getByText('Devuelto con cambios solicitados.')).toBeVisible();

  // Ana sees the request, fixes the title, answers the comment and resubmits.
  await officer.reload();
  await expect(anaBar).toContainText('Con cambios solicitados');
  await ana.title.fill('Buscará IPN posgrado dual con el Instituto de Minería y Tecnología de Nuevo México');
  await ana.waitUntilSaved();
  await officer.getByRole('link', { name: 'Revisión y versiones' }).click();
  const anaComments = officer.getByRole('region', { name: /^Comentarios/ });
  await anaComments.getByRole('button', { name: 'Responder' }).first().click();
  await anaComments.getByRole('textbox', { name: 'Respuesta' }).fill('Listo, lo acorté.');
  await anaComments.getByRole('button', { name: 'Enviar respuesta' }).click();
  await expect(anaComments).toContainText('Listo, lo acorté.');
  await officer.getByRole('link', { name: 'Volver al comunicado' }).click();
  await officer.getByRole('button', { name: 'Enviar a revisión' }).click();
  await expect(anaBar).toContainText('Versión v2 enviada por ana');

  // Eva sees exactly what changed, and approves version 2: the number appears.
  await editor.reload();
  const diff = editor.getByRole('region', { name: 'Cambios de la v1 a la v2' });
  await expect(diff.getByRole('listitem')).toHaveCount(1);
  await expect(diff.getByRole('listitem')).toContainText('El título cambió');
  // The title thread was answered: Eva resolves it; the count of open threads drops.
  const evaComments = editor.getByRole('region', { name: /^Comentarios/ });
  const titleThread = evaComments.getByRole('listitem').filter({ hasText: 'El título es demasiado largo' });
  await expect(titleThread).toContainText('Listo, lo acorté.');
  await titleThread.getByRole('button', { name: 'Resolver' }).click();
  await expect(titleThread).toContainText('resuelto por eva');
  await expect(evaComments.getByRole('heading')).toHaveText('Comentarios (1)');
  await expect(diff.locator('del')).toHaveText([' anuncia el titular'].map((text) => text.replace(/^ /, '')).map((text) => new RegExp(text)));
  await expect(decision).toContainText('En revisión: v2');
  // Approving asks once, naming the number the version will take; "No, volver" changes nothing.
  await decision.getByRole('button', { name: 'Aprobar la v2', exact: true }).click();
  const confirm = decision.getByRole('alertdialog', { name: 'Confirmar la aprobación' });
  await expect(confirm).toContainText(`La v2 tomará el número 1 de ${new Date().getFullYear()}, que no se volverá a usar. ¿La aprueba?`);
  await confirm.getByRole('button', { name: 'No, volver' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(decision).toContainText('En revisión: v2');
  await decision.getByRole('button', { name: 'Aprobar la v2', exact: true }).click();
  await confirm.getByRole('button', { name: 'Sí, aprobar la v2' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Aprobado: número 1 de 2026 (v2).' }).first()).toBeVisible();
  await expect(editor.getByRole('table', { name: 'Versiones' }).getByRole('row', { name: /v2/ })).toContainText('Aprobada por eva');
  const history = editor.getByRole('region', { name: 'Bitácora de este comunicado' });
  await expect(history.getByRole('row').nth(1)).toContainText(/eva\s*Aprobó/);
  await expect(history.getByRole('row').filter({ hasText: 'Pidió cambios' })).toContainText('versión: v1');

  await officer.reload();
  await expect(anaBar).toContainText('Aprobado');
  await expect(officer.locator('.derived-lines dd').first()).toHaveText('Comunicado 1');
  const paper = await readPreview(officer.getByRole('region', { name: /^Vista previa/ }));
  expect(paper.number).toBe('Comunicado 1');
  await expect(officer.getByRole('region', { name: /^Vista previa/ }).locator('.draft-mark')).toHaveCount(0);
});

test('signing in: a wrong passphrase is refused in Spanish, the right one lets the person in, signing out asks again', async ({ app }) => {
  await createProfiles(app.databasePath, { dora: ['difusion'] });
  const { page } = app;
  await page.reload();
  const form = page.getByRole('form', { name: '¿Quién trabaja?' });
  await form.getByRole('combobox', { name: 'Perfil' }).selectOption('dora');
  await form.getByLabel('Frase de acceso').fill('no es la frase');
  await form.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('alert')).toHaveText('El perfil o la frase de acceso no coinciden.');
  await form.getByLabel('Frase de acceso').fill(passphrase('dora'));
  await form.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByText('Trabaja: Dora')).toBeVisible();
  // Distribution staff do not draft: no new communiqués, no people or letterheads to manage.
  await expect(page.getByRole('button', { name: 'Nuevo comunicado' })).toBeDisabled();
  await expect(page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Personas' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Salir' }).click();
  await expect(page.getByRole('form', { name: '¿Quién trabaja?' })).toBeVisible();
});
