import type { Page } from '@playwright/test';
import { ComposerPage } from './support/ComposerPage';
import { approvedCommunique, createProfiles, openCommunique, passphrase, signInAs } from './support/office';
import { readyContent } from '../helpers/readyContent';
import { asOtherWriter } from './support/secondWriter';
import { expect, test } from './support/test';

type Who = 'ana' | 'eva' | 'dora' | 'admin';
type State = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'published' | 'withdrawn';
const states: State[] = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn'];

/**
 * What each person is offered on a communiqué's screen in each state, written by hand from what they do in the office
 * (Ana drafts, Eva reviews and approves, Dora publishes, the administrator does everything): not derived from the code.
 */
const drafters: Who[] = ['ana', 'eva', 'admin'];
const deciders: Who[] = ['eva', 'admin'];
const offered: Record<string, Partial<Record<State, Who[]>>> = {
  'Enviar a revisión': { draft: drafters, changes_requested: drafters },
  'Retirar de revisión para editar': { in_review: drafters },
  'Marcar como publicado': { approved: ['dora', 'admin'] },
  'Crear fe de erratas': { published: drafters },
  'Retirar el comunicado…': { draft: deciders, in_review: deciders, changes_requested: deciders, approved: deciders },
  'Crear versión en inglés': { draft: drafters, in_review: drafters, changes_requested: drafters, approved: drafters, published: drafters },
  'Título editable': { draft: drafters, changes_requested: drafters, approved: drafters },
  'Reemplazar todo': { draft: drafters, changes_requested: drafters, approved: drafters },
};

/** A communiqué in each state, made from outside the window: Ana drafts and submits, Eva approves, Dora publishes. */
async function communiquesInEveryState(databasePath: string): Promise<Record<State, number>> {
  const ana = { name: 'ana', passphrase: passphrase('ana') };
  const eva = { name: 'eva', passphrase: passphrase('eva') };
  const dora = { name: 'dora', passphrase: passphrase('dora') };
  const draft = await asOtherWriter(databasePath, 'createCommunique', { content: { title: 'Borrador de Ana', body: 'El proyecto Zorbitrón avanza.' } }, ana);
  const inReview = await asOtherWriter(databasePath, 'createCommunique', { content: readyContent('En revisión de Ana') }, ana);
  const sent = (await asOtherWriter(databasePath, 'submitForReview', { id: inReview.id, revision: inReview.revision }, ana)).latestVersion;
  await asOtherWriter(
    databasePath,
    'addComment',
    { id: inReview.id, versionId: sent?.id ?? 0, anchor: { field: 'title', index: null }, body: 'Más corto' },
    eva,
  );
  const sentBack = await asOtherWriter(databasePath, 'createCommunique', { content: readyContent('Devuelto a Ana') }, ana);
  const back = (await asOtherWriter(databasePath, 'submitForReview', { id: sentBack.id, revision: sentBack.revision }, ana)).latestVersion;
  await asOtherWriter(
    databasePath,
    'requestChanges',
    { id: sentBack.id, versionId: back?.id ?? 0, sha256: back?.sha256 ?? '', comment: 'Falta contexto' },
    eva,
  );
  const withdrawn = await asOtherWriter(databasePath, 'createCommunique', { content: { title: 'Cancelado' } }, ana);
  await asOtherWriter(databasePath, 'withdrawCommunique', { id: withdrawn.id, reason: 'Se canceló el evento' }, eva);
  const approved = await approvedCommunique(databasePath, 'Aprobado sin publicar');
  const published = await approvedCommunique(databasePath, 'Ya publicado');
  await asOtherWriter(databasePath, 'publishCommunique', { id: published, publishedOn: '2026-11-20' }, dora);
  return { draft: draft.id, in_review: inReview.id, changes_requested: sentBack.id, approved, published, withdrawn: withdrawn.id };
}

/** Asserts that `control` is on screen exactly when the table says this person is offered it in this state. */
async function expectOffered(page: Page, control: string, who: Who, state: State): Promise<void> {
  const expected = offered[control]?.[state]?.includes(who) ?? false;
  const bar = page.getByRole('region', { name: 'Estado de revisión' });
  const locator =
    control === 'Título editable'
      ? new ComposerPage(page).title
      : control === 'Retirar el comunicado…'
        ? bar.getByText(control, { exact: true })
        : page.getByRole('button', { name: control, exact: true });
  if (control === 'Reemplazar todo') {
    // Find is for everyone; replacing only where the text may be edited.
    await page.keyboard.press('Control+f');
    const find = page.getByRole('region', { name: 'Buscar y reemplazar' });
    await expect(find).toBeVisible();
    await expect(find.getByRole('button', { name: control, exact: true }), `${who}, ${state}: ${control}`).toHaveCount(expected ? 1 : 0);
    await find.getByRole('button', { name: 'Cerrar búsqueda', exact: true }).click();
    return;
  }
  if (control === 'Título editable') {
    if (expected) await expect(locator, `${who}, ${state}: ${control}`).toBeEditable();
    else await expect(locator, `${who}, ${state}: ${control}`).not.toBeEditable();
    return;
  }
  await expect(locator, `${who}, ${state}: ${control}`).toHaveCount(expected ? 1 : 0);
}

for (const who of ['ana', 'eva', 'dora', 'admin'] as const) {
  test(`${who} is offered on every screen exactly what the rules let ${who} do, and nothing the back end would refuse`, async ({ app }) => {
    test.setTimeout(120_000);
    await createProfiles(app.databasePath, { ana: ['redaccion'], eva: ['edicion'], dora: ['difusion'] });
    const ids = await communiquesInEveryState(app.databasePath);
    const { page } = app;
    await signInAs(page, who);

    // The frame: administration only for administrators; starting a communiqué only for those who draft.
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'Membretes' })).toHaveCount(who === 'admin' ? 1 : 0);
    await expect(nav.getByRole('link', { name: 'Personas' })).toHaveCount(who === 'admin' ? 1 : 0);
    // Those who review start in the inbox; the list is one click away.
    await expect(page.getByRole('heading', { name: who === 'eva' || who === 'admin' ? 'Bandeja' : 'Comunicados', level: 1 })).toBeVisible();
    await nav.getByRole('link', { name: 'Comunicados' }).click();
    if (who === 'dora') await expect(page.getByRole('button', { name: 'Nuevo comunicado' })).toBeDisabled();
    else await expect(page.getByRole('button', { name: 'Nuevo comunicado' })).toBeEnabled();

    for (const state of states) {
      await openCommunique(page, ids[state]);
      await expect(page.getByRole('region', { name: 'Estado de revisión' })).toBeVisible();
      for (const control of Object.keys(offered)) await expectOffered(page, control, who, state);
      if (state === 'draft') {
        // The spelling panel names the unknown word to everyone; only those who may add words are offered to.
        const panel = page.getByRole('region', { name: /^Ortografía/ });
        await expect(panel.getByText('Zorbitrón', { exact: true })).toBeVisible();
        await expect(panel.getByRole('button', { name: 'Agregar «Zorbitrón» al diccionario de la oficina' })).toHaveCount(who === 'dora' ? 0 : 1);
      }
    }

    // The review screen of the version Ana sent: only editors other than Ana decide; all but Dora comment.
    await page.evaluate((id) => {
      window.location.hash = `#/c/${id}/revision`;
    }, ids.in_review);
    await expect(page.getByRole('heading', { name: `Revisión del comunicado #${ids.in_review}` })).toBeVisible();
    const decides = who === 'eva' || who === 'admin';
    await expect(page.getByRole('button', { name: 'Aprobar la v1', exact: true })).toHaveCount(decides ? 1 : 0);
    await expect(page.getByRole('button', { name: 'Pedir cambios' })).toHaveCount(decides ? 1 : 0);
    await expect(page.getByRole('button', { name: 'Comentar: Título' })).toHaveCount(who === 'dora' ? 0 : 1);
    const comments = page.getByRole('region', { name: /^Comentarios/ });
    await expect(comments).toContainText('Más corto');
    await expect(comments.getByRole('button', { name: 'Responder' })).toHaveCount(who === 'dora' ? 0 : 1);
    await expect(comments.getByRole('button', { name: 'Resolver' })).toHaveCount(who === 'dora' ? 0 : 1);

    // The numbers: the approved one's number may be voided by editors; a published one's by nobody.
    await nav.getByRole('link', { name: 'Números' }).click();
    await expect(page.getByRole('cell', { name: 'Ya publicado' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Motivo para anular el 1' })).toHaveCount(decides ? 1 : 0);
    await expect(page.getByRole('textbox', { name: 'Motivo para anular el 2' })).toHaveCount(0);

    // Administration, reached by its address: the screens offer nothing but to administrators.
    await page.evaluate(() => {
      window.location.hash = '#/personas';
    });
    await expect(page.getByRole('heading', { name: 'Personas', level: 1 })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Agregar un perfil' })).toHaveCount(who === 'admin' ? 1 : 0);
    if (who === 'admin') await expect(page.getByRole('checkbox', { name: 'Administración de Administración' })).toBeDisabled();
    else await expect(page.getByText('Solo Administración gestiona los perfiles.')).toBeVisible();
    await page.evaluate(() => {
      window.location.hash = '#/membretes';
    });
    await expect(page.getByRole('heading', { name: 'Membretes' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Duplicar / })).toHaveCount(who === 'admin' ? 1 : 0);
  });
}
