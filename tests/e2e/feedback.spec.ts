import { keyboardRightAfterClick } from './support/keyboardRightAfterClick';
import { readyContent } from '../helpers/readyContent';
import { ComposerPage } from './support/ComposerPage';
import { createProfiles, openCommunique, passphrase, signInAs } from './support/office';
import { asOtherWriter } from './support/secondWriter';
import { expect, test } from './support/test';

const ana = { name: 'ana', passphrase: passphrase('ana') };
const eva = { name: 'eva', passphrase: passphrase('eva') };

test("after 'Pedir cambios' the officer sees the editor's reason and each open comment beside what it is about, and resolves them there", async ({ app }) => {
  const { databasePath, page } = app;
  await createProfiles(databasePath, { ana: ['redaccion'], eva: ['edicion'] });
  const content = readyContent('El IPN firma convenio', {
    summary: ['Se firma el convenio', 'Participan 300 alumnos'],
    body: 'Primer párrafo del convenio.\n\nSegundo párrafo, sobre los alumnos.\n\nTercer párrafo.',
  });
  const draft = await asOtherWriter(databasePath, 'createCommunique', { content }, ana);
  const sent = (await asOtherWriter(databasePath, 'submitForReview', { id: draft.id, revision: draft.revision }, ana)).latestVersion;
  const versionId = sent?.id ?? 0;
  const comment = (field: 'title' | 'summary' | 'body', index: number | null, body: string) =>
    asOtherWriter(databasePath, 'addComment', { id: draft.id, versionId, anchor: { field, index }, body }, eva);
  await comment('title', null, 'El título debe nombrar a la otra institución.');
  await comment('summary', 1, 'Confirmar la cifra de alumnos.');
  await comment('body', 1, 'Este párrafo repite el balazo.');
  await asOtherWriter(
    databasePath,
    'requestChanges',
    { id: draft.id, versionId, sha256: sent?.sha256 ?? '', comment: 'Falta el nombre de la institución aliada.' },
    eva,
  );

  await signInAs(page, 'ana');
  await openCommunique(page, draft.id);
  const composer = new ComposerPage(page);
  const asked = page.getByRole('region', { name: 'Lo que pidió la revisión' });
  await expect(asked).toContainText(/^eva pidió cambios a la v1 \(.+\)\./);
  await expect(asked).toContainText('Quedan 4 comentarios por resolver');
  await expect(asked.getByRole('complementary', { name: 'Comentario: General' })).toContainText('Falta el nombre de la institución aliada.');

  // Each note sits right after its field: the title's under the title, the bullet's inside that bullet, the paragraph's above the body.
  const titleNote = page.getByRole('complementary', { name: 'Comentario: Título' });
  await expect(titleNote).toContainText('El título debe nombrar a la otra institución.');
  expect(
    await composer.title.evaluate(
      (title, note) => Boolean(title.compareDocumentPosition(note as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
      await titleNote.elementHandle(),
    ),
  ).toBe(true);
  const bulletNote = page.getByRole('group', { name: 'Balazos' }).getByRole('listitem').nth(1).getByRole('complementary', { name: 'Comentario: Balazo 2' });
  await expect(bulletNote).toContainText('Participan 300 alumnos');
  await expect(bulletNote).toContainText('Confirmar la cifra de alumnos.');
  const paragraphNote = page.getByRole('complementary', { name: 'Comentario: Párrafo 2' });
  await expect(paragraphNote).toContainText('Segundo párrafo, sobre los alumnos.');
  await expect(composer.body.locator('p.commented')).toHaveText(['Segundo párrafo, sobre los alumnos.']);

  // The officer inserts a paragraph first: the note still finds its paragraph by its words.
  await composer.body.locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type('Nuevo primer párrafo.');
  await page.keyboard.press('Enter');
  // The click itself gives the paragraph the keyboard: what is typed at once goes into the text, not to the button.
  expect(await keyboardRightAfterClick(paragraphNote.getByRole('button', { name: 'Ir al párrafo 2' }))).toBe('Cuerpo del comunicado');
  await page.keyboard.type('[aquí] ');
  await expect(composer.body.locator('p').nth(2)).toHaveText('[aquí] Segundo párrafo, sobre los alumnos.');
  await expect(composer.body.locator('p.commented')).toHaveText(['[aquí] Segundo párrafo, sobre los alumnos.']);

  // Answered and resolved where the work is; it stays resolved.
  await titleNote.getByRole('button', { name: 'Responder' }).click();
  await titleNote.getByRole('textbox', { name: 'Respuesta' }).fill('Agregué a la UNAM.');
  await titleNote.getByRole('button', { name: 'Enviar respuesta' }).click();
  await expect(titleNote).toContainText('Agregué a la UNAM.');
  await titleNote.getByRole('button', { name: 'Resolver' }).click();
  await expect(titleNote).toBeHidden();
  await expect(asked).toContainText('Quedan 3 comentarios por resolver');
  await composer.waitUntilSaved();
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Comentario: Balazo 2' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Comentario: Título' })).toBeHidden();
});
