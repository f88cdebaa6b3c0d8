import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { officeCall, startOfficeServer } from '../helpers/officeServer';
import { readyContent } from '../helpers/readyContent';
import type { OfficeServer } from '../helpers/officeServer';
import { ComposerPage } from './support/ComposerPage';
import { unzipSync } from 'fflate';
import { createProfiles, passphrase, signInAs } from './support/office';
import { asOtherWriter } from './support/secondWriter';
import { expect, test } from './support/test';

/** The desks opened by the test running, closed after it. */
const opened: BrowserContext[] = [];

/** Each person at their own desk: a browser context of their own on the office server (its certificate is its own). */
async function desk(browser: Browser, server: OfficeServer): Promise<Page> {
  const context = await browser.newContext({ locale: 'es-MX', ignoreHTTPSErrors: true });
  opened.push(context);
  const page = await context.newPage();
  await page.goto(server.url);
  return page;
}

/**
 * A person signed in at their desk whose list has kept on this computer what a draft started without the office needs
 * (the series, today's letterhead) and whose page fonts are loaded: a person is never faster than that.
 */
async function readyToGoOffline(browser: Browser, server: OfficeServer, name: string): Promise<Page> {
  const page = await desk(browser, server);
  await signInAs(page, name);
  await expect(page.locator('.list-count')).toBeVisible();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((key) => key.includes('.seen.') && key.endsWith('.letterhead')))).toBe(true);
  await expect.poll(() => page.evaluate(() => document.fonts.check('italic 700 12px "Montserrat"'))).toBe(true);
  return page;
}

/** Someone else saves a communiqué on the office server meanwhile, changing `change` of its text. */
async function savedMeanwhile(server: OfficeServer, name: string, id: number, change: Record<string, unknown>): Promise<void> {
  const session = ((await officeCall(server, 'signIn', { name, passphrase: passphrase(name) })).body.value as { session: string }).session;
  const stored = (await officeCall(server, 'getCommunique', { id }, { session })).body.value as { revision: number; content: Record<string, unknown> };
  const saved = await officeCall(server, 'saveCommunique', { id, revision: stored.revision, content: { ...stored.content, ...change } }, { session });
  expect(saved.body.ok).toBe(true);
}

test.describe('the office server', () => {
  test.skip(({ appMode }) => appMode === 'electron', 'the office server is reached by browsers over HTTPS; the desktop app is not in it');
  let dir: string | undefined;
  let db = '';
  let server: OfficeServer | undefined;
  const running = (): OfficeServer => {
    if (!server) throw new Error('the office server did not start');
    return server;
  };
  test.beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redacta-office-e2e-'));
    db = join(dir, 'oficina.sqlite3');
    await createProfiles(db, { ana: ['redaccion'], eva: ['edicion'], clara: ['difusion'] });
    server = await startOfficeServer(db, join(dir, 'config'));
  });
  test.afterEach(async () => {
    for (const context of opened.splice(0)) await context.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('two people at two desks: the officer submits, the editor sees it arrive without reloading and approves, the officer sees the number arrive', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const officer = await desk(browser, running());
    const editor = await desk(browser, running());
    // Nobody works on an office server without signing in: there is no one-person workstation.
    await expect(officer.getByRole('form', { name: '¿Quién trabaja?' })).toBeVisible();
    await signInAs(editor, 'eva');
    await expect(editor.getByRole('heading', { name: 'Bandeja', level: 1 })).toBeVisible();
    const toReview = editor.getByRole('region', { name: /^Por revisar/ });
    await expect(toReview).toContainText('Nada espera su revisión.');

    await signInAs(officer, 'ana');
    // Files go to the person's own computer: no backups screen of the server.
    await expect(officer.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Copias de seguridad' })).toHaveCount(0);
    const ana = new ComposerPage(officer);
    await ana.createFromList();
    await ana.title.fill('Abre el IPN su convocatoria de posgrado desde otra sede');
    await ana.addBullet('La convocatoria estará abierta un mes');
    await ana.body.click();
    await officer.keyboard.type('El Instituto Politécnico Nacional abrió la convocatoria de posgrado.');
    await ana.waitUntilSaved();
    await officer.getByRole('button', { name: 'Enviar a revisión' }).click();
    const anaBar = officer.getByRole('region', { name: 'Estado de revisión' });
    await expect(anaBar).toContainText('En revisión');

    // Eva's inbox, open all along, shows it within two seconds, and so does the count beside «Bandeja».
    await expect(toReview.getByRole('link', { name: /^Abrir Abre el IPN su convocatoria/ })).toBeVisible({ timeout: 2_000 });
    await expect(editor.getByRole('link', { name: 'Bandeja: 1 espera' })).toBeVisible({ timeout: 2_000 });
    await toReview.getByRole('link', { name: /^Abrir Abre el IPN su convocatoria/ }).click();
    const decision = editor.getByRole('region', { name: 'Decisión' });
    await decision.getByRole('button', { name: 'Aprobar la v1', exact: true }).click();
    await decision.getByRole('button', { name: 'Sí, aprobar la v1' }).click();
    await expect(
      editor
        .getByRole('status')
        .filter({ hasText: /Aprobado: número 1 de \d{4} \(v1\)\./ })
        .first(),
    ).toBeVisible();

    // Ana's editor, open all along, shows the approval and the number without reloading.
    await expect(anaBar).toContainText('Aprobado', { timeout: 2_000 });
    await expect(officer.locator('.derived-lines dd').first()).toHaveText('Comunicado 1', { timeout: 2_000 });
  });

  test('the network drops mid-draft: the editor says so, keeps every word on the desk, and sends them when the office is back', async ({ browser }) => {
    test.setTimeout(120_000);
    const officer = await desk(browser, running());
    await signInAs(officer, 'ana');
    const ana = new ComposerPage(officer);
    await ana.createFromList();
    await ana.title.fill('Lo que se escribe sin red no se pierde');
    await ana.body.click();
    await officer.keyboard.type('Primera frase, con la red. ');
    await ana.waitUntilSaved();

    // The network goes: typing goes on, and the editor says where the words are.
    await officer.context().setOffline(true);
    await officer.keyboard.type('Segunda frase, sin red. ');
    const status = officer.locator('.save-status');
    await expect(status).toHaveAttribute('data-state', 'offline');
    await expect(status).toContainText('Sin conexión: lo escrito se guarda en este equipo');
    await officer.keyboard.type('Tercera frase, todavía sin red.');
    await ana.title.fill('Lo que se escribe sin red no se pierde, ni el título');
    await expect(status).toHaveAttribute('data-state', 'offline');

    // The network is back: the words reach the office without anyone pressing anything.
    await officer.context().setOffline(false);
    await ana.waitUntilSaved();
    // Another desk opening it sees all of it.
    const other = await desk(browser, running());
    await signInAs(other, 'ana');
    await other.goto(`${running().url}#/c/1`);
    const reader = new ComposerPage(other);
    await expect(reader.title).toHaveValue('Lo que se escribe sin red no se pierde, ni el título');
    await expect(reader.body).toHaveText('Primera frase, con la red. Segunda frase, sin red. Tercera frase, todavía sin red.');
  });

  test('a new draft started with the network down stays on the desk and gets its office id when the office is back, once', async ({ browser }) => {
    test.setTimeout(120_000);
    const officer = await readyToGoOffline(browser, running(), 'ana');
    const ana = new ComposerPage(officer);
    const status = officer.locator('.save-status');

    // The network goes before the draft exists: it starts on the desk, in the same form, and says so.
    await officer.context().setOffline(true);
    await officer.getByRole('button', { name: 'Nuevo comunicado' }).click();
    await expect(officer.getByRole('heading', { name: 'Borrador nuevo, en este equipo', level: 1 })).toBeVisible();
    await expect(officer.getByRole('region', { name: 'Borrador sin conexión' })).toContainText('se guarda en este equipo');
    // Review and export wait for the office: nothing is offered that the office would refuse.
    await expect(officer.getByRole('button', { name: 'Enviar a revisión' })).toHaveCount(0);
    await ana.title.fill('Empezado en la sede, sin red');
    await ana.body.click();
    await officer.keyboard.type('Primera frase, escrita sin red. ');
    await expect(status).toHaveAttribute('data-state', 'offline');
    // Its page is laid out as the office's paper, from what this computer kept.
    await expect(officer.locator('.page-preview-pages')).toHaveAttribute('data-pages', '1');

    // A second one, left for the list: the list keeps it until it reaches the office.
    await officer.getByRole('link', { name: /Volver/ }).click();
    const waiting = officer.getByRole('region', { name: 'Guardado en este equipo, por llegar a la oficina' });
    await expect(waiting.getByRole('link', { name: 'Empezado en la sede, sin red' })).toBeVisible();
    await officer.getByRole('button', { name: 'Nuevo comunicado' }).click();
    await ana.title.fill('Segundo borrador sin red');
    await ana.body.click();
    await officer.keyboard.type('Texto del segundo.');
    await expect(status).toHaveAttribute('data-state', 'offline');
    await officer.keyboard.type(' Más texto.');

    // The network is back while the second is open: it arrives with its id, under the person's typing, without a reload.
    await officer.context().setOffline(false);
    await expect(officer.getByRole('heading', { name: /^Comunicado #\d+$/, level: 1 })).toBeVisible({ timeout: 15_000 });
    await officer.keyboard.type(' Y lo que siguió.');
    await ana.waitUntilSaved();
    await expect(officer.getByRole('button', { name: 'Enviar a revisión' })).toBeVisible();
    await expect(ana.body).toHaveText('Texto del segundo. Más texto. Y lo que siguió.');

    // Back to the list: the first is sent too, and each is at the office once, whole.
    await officer.getByRole('link', { name: /Volver/ }).click();
    await expect(officer.getByRole('status').filter({ hasText: 'Un borrador empezado sin conexión llegó a la oficina.' })).toBeVisible();
    await expect(officer.getByRole('region', { name: 'Guardado en este equipo, por llegar a la oficina' })).toHaveCount(0);
    const eva = (await officeCall(running(), 'signIn', { name: 'eva', passphrase: passphrase('eva') })).body.value as { session: string };
    const rows = (await officeCall(running(), 'listCommuniques', {}, { session: eva.session })).body.value as { id: number; title: string }[];
    expect(rows.map((row) => row.title).sort()).toEqual(['Empezado en la sede, sin red', 'Segundo borrador sin red']);
    for (const [title, text] of [
      ['Empezado en la sede, sin red', 'Primera frase, escrita sin red.'],
      ['Segundo borrador sin red', 'Texto del segundo. Más texto. Y lo que siguió.'],
    ]) {
      const id = rows.find((row) => row.title === title)?.id;
      const stored = (await officeCall(running(), 'getCommunique', { id }, { session: eva.session })).body.value as { content: { body: unknown } };
      expect(JSON.stringify(stored.content.body)).toContain(text);
    }
  });

  test('«Nuevo comunicado» whose answer is lost on the way back: the desk sends it again and the office keeps one draft', async ({ browser }) => {
    test.setTimeout(120_000);
    const officer = await readyToGoOffline(browser, running(), 'ana');
    // The office makes the draft, but its answer never arrives (the Wi-Fi drops at that moment).
    let creates = 0;
    await officer.route('**/api/createCommunique', async (route) => {
      creates++;
      if (creates > 1) return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await officer.getByRole('button', { name: 'Nuevo comunicado' }).click();
    // The desk starts it here and sends it again at once: the office answers with the draft it made the first time.
    await expect(officer.getByRole('heading', { name: 'Comunicado #1', level: 1 })).toBeVisible({ timeout: 15_000 });
    const ana = new ComposerPage(officer);
    await ana.title.fill('Una sola vez en la oficina');
    await ana.waitUntilSaved();
    expect(creates).toBe(2);
    const eva = (await officeCall(running(), 'signIn', { name: 'eva', passphrase: passphrase('eva') })).body.value as { session: string };
    const rows = (await officeCall(running(), 'listCommuniques', {}, { session: eva.session })).body.value as { id: number; title: string }[];
    expect(rows.map((row) => [row.id, row.title])).toEqual([[1, 'Una sola vez en la oficina']]);
  });

  test('a draft started offline is one window’s at a time, a discarded one never reaches the office, and another person on the same browser never sees either', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const officer = await readyToGoOffline(browser, running(), 'ana');
    const ana = new ComposerPage(officer);
    // A second tab of the same browser, signed in too.
    const second = await officer.context().newPage();
    await second.goto(running().url);
    await signInAs(second, 'ana');
    await expect(second.locator('.list-count')).toBeVisible();
    await officer.context().setOffline(true);
    await officer.getByRole('button', { name: 'Nuevo comunicado' }).click();
    await ana.title.fill('Abierto en dos pestañas');
    await expect(officer.locator('.save-status')).toHaveAttribute('data-state', 'offline');

    // The second tab opens the same draft: it is the first tab's while it is open there.
    await second.evaluate((hash) => {
      location.hash = hash;
    }, new URL(officer.url()).hash);
    await expect(second.getByRole('alert')).toHaveText(
      'Este borrador está abierto en otra pestaña o ventana de este equipo: siga allí. Se abrirá aquí en cuanto lo cierre allá.',
    );
    await expect(second.getByRole('textbox', { name: 'Título', exact: true })).toHaveCount(0);
    await second.close();

    // Another draft, discarded from the list after its editor was left (its editor had a save planned).
    await officer.getByRole('link', { name: /Volver/ }).click();
    await officer.getByRole('button', { name: 'Nuevo comunicado' }).click();
    await ana.title.fill('Descartado: no debe llegar');
    await ana.body.click();
    await officer.keyboard.type('Texto que la persona tiró.');
    await expect(officer.locator('.save-status')).toHaveAttribute('data-state', 'offline');
    await officer.getByRole('link', { name: /Volver/ }).click();
    const waiting = officer.getByRole('region', { name: 'Guardado en este equipo, por llegar a la oficina' });
    const row = waiting.getByRole('listitem').filter({ hasText: 'Descartado: no debe llegar' });
    await row.getByRole('button', { name: 'Descartar' }).click();
    await row.getByRole('button', { name: 'Descartar' }).click();
    await expect(waiting.getByRole('listitem')).toHaveText([/^Abierto en dos pestañas/]);

    // Ana leaves, still offline: she is signed out on this computer at once, the office unreachable or not.
    await officer.getByRole('button', { name: 'Salir' }).click();
    await expect(officer.getByRole('form', { name: '¿Quién trabaja?' })).toBeVisible();
    // Eva signs in on the same browser meanwhile: Ana's drafts are not hers to see or send.
    await officer.context().setOffline(false);
    await signInAs(officer, 'eva');
    await officer.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Comunicados' }).click();
    await expect(officer.locator('.list-count')).toBeVisible();
    await expect(officer.getByRole('region', { name: 'Guardado en este equipo, por llegar a la oficina' })).toHaveCount(0);

    // Ana again: her kept draft arrives, the discarded one never does, even after its planned retries.
    await officer.getByRole('button', { name: 'Salir' }).click();
    await signInAs(officer, 'ana');
    await expect(officer.getByRole('status').filter({ hasText: 'Un borrador empezado sin conexión llegó a la oficina.' })).toBeVisible();
    await officer.waitForTimeout(4_000);
    const session = (await officeCall(running(), 'signIn', { name: 'eva', passphrase: passphrase('eva') })).body.value as { session: string };
    const rows = (await officeCall(running(), 'listCommuniques', {}, { session: session.session })).body.value as { id: number; title: string }[];
    expect(rows.map((listed) => listed.title)).toEqual(['Abierto en dos pestañas']);
    // Made by Ana, the person who wrote it, never under the session of whoever was signed in when a retry came due.
    const arrived = (await officeCall(running(), 'getCommunique', { id: rows[0]?.id }, { session: session.session })).body.value as { createdBy: string };
    expect(arrived.createdBy).toBe('ana');
  });

  test('text kept on the desk and brought back after someone else saved the same part: she decides it, nothing replaced', async ({ browser }) => {
    test.setTimeout(120_000);
    const session = async (name: string) =>
      ((await officeCall(running(), 'signIn', { name, passphrase: passphrase(name) })).body.value as { session: string }).session;
    const anaSession = await session('ana');
    const made = (await officeCall(running(), 'createCommunique', { content: readyContent('Texto de partida') }, { session: anaSession })).body.value as {
      id: number;
    };
    const officer = await desk(browser, running());
    await signInAs(officer, 'ana');
    await officer.goto(`${running().url}#/c/${made.id}`);
    const ana = new ComposerPage(officer);
    await expect(ana.title).toHaveValue('Texto de partida');
    // Ana writes offline and closes the tab: her text is kept on this computer.
    await officer.context().setOffline(true);
    await ana.title.fill('Título de Ana, sin red');
    await expect(officer.locator('.save-status')).toHaveAttribute('data-state', 'offline');
    await officer.getByRole('link', { name: /Volver/ }).click();
    // Eva saves the communiqué meanwhile.
    await savedMeanwhile(running(), 'eva', made.id, { title: 'Título de Eva' });
    const evaSession = await session('eva');
    await officer.close();
    await officer.context().setOffline(false);

    // Ana opens it again, online, in a new tab: her kept text is offered, and she is told Eva saved since.
    const again = await officer.context().newPage();
    await again.goto(running().url);
    await signInAs(again, 'ana');
    await again.goto(`${running().url}#/c/${made.id}`);
    const banner = again.getByRole('alert').filter({ hasText: 'Hay texto suyo que no llegó a guardarse' });
    await expect(banner).toContainText('después, eva guardó el comunicado');
    await banner.getByRole('button', { name: 'Recuperar mi texto' }).click();
    // Nothing is stored over Eva's: the title differs, and Ana decides.
    const titleCard = again.getByRole('region', { name: 'Conflicto: el título' });
    await expect(titleCard).toBeVisible();
    const now = (await officeCall(running(), 'getCommunique', { id: made.id }, { session: evaSession })).body.value as { content: { title: string } };
    expect(now.content.title).toBe('Título de Eva');
    await titleCard.getByRole('button', { name: 'Conservar ambos' }).click();
    await expect(new ComposerPage(again).title).toHaveValue('Título de Ana, sin red / Título de Eva');
    await new ComposerPage(again).waitUntilSaved();
  });

  test('changes to a draft written offline, its editor left: the list keeps them in sight and sends them when the office answers', async ({ browser }) => {
    test.setTimeout(120_000);
    const officer = await desk(browser, running());
    await signInAs(officer, 'ana');
    const ana = new ComposerPage(officer);
    await ana.createFromList();
    await ana.title.fill('Cambios que esperan en este equipo');
    await ana.waitUntilSaved();
    await officer.context().setOffline(true);
    await ana.body.click();
    await officer.keyboard.type('Párrafo escrito sin red.');
    await expect(officer.locator('.save-status')).toHaveAttribute('data-state', 'offline');
    await officer.getByRole('link', { name: /Volver/ }).click();
    const waiting = officer.getByRole('region', { name: 'Guardado en este equipo, por llegar a la oficina' });
    await expect(waiting.getByRole('listitem')).toHaveText([/^#1 Cambios que esperan en este equipo cambios guardados en este equipo el .*, por enviar$/]);

    // The network is back: the list, asking again by itself, sends them.
    await officer.context().setOffline(false);
    await expect(officer.getByRole('status').filter({ hasText: 'llegaron a la oficina' })).toBeVisible({ timeout: 15_000 });
    await expect(waiting).toHaveCount(0);
    const eva = (await officeCall(running(), 'signIn', { name: 'eva', passphrase: passphrase('eva') })).body.value as { session: string };
    const stored = (await officeCall(running(), 'getCommunique', { id: 1 }, { session: eva.session })).body.value as { content: { body: unknown } };
    expect(JSON.stringify(stored.content.body)).toContain('Párrafo escrito sin red.');
  });

  test('signing out right after typing loses nothing: the text is kept as its writer’s and offered to her when she is back', async ({ browser }) => {
    test.setTimeout(120_000);
    const officer = await desk(browser, running());
    await signInAs(officer, 'ana');
    const ana = new ComposerPage(officer);
    await ana.createFromList();
    await ana.title.fill('Se sale a media frase');
    await ana.waitUntilSaved();
    await ana.body.click();
    await officer.keyboard.type('Escrito justo antes de salir.');
    await officer.getByRole('button', { name: 'Salir' }).click();
    await signInAs(officer, 'ana');
    await officer.goto(`${running().url}#/c/1`);
    const offer = officer.getByRole('alert').filter({ hasText: 'Hay texto suyo que no llegó a guardarse' });
    await expect(ana.title).toHaveValue('Se sale a media frase');
    if (await offer.isVisible()) await offer.getByRole('button', { name: 'Recuperar mi texto' }).click();
    await expect(ana.body).toHaveText('Escrito justo antes de salir.');
  });

  test('text kept on the desk brought back after someone else changed another part: each keeps what they changed, nothing asked', async ({ browser }) => {
    test.setTimeout(120_000);
    const session = async (name: string) =>
      ((await officeCall(running(), 'signIn', { name, passphrase: passphrase(name) })).body.value as { session: string }).session;
    const made = (await officeCall(running(), 'createCommunique', { content: readyContent('Título de partida') }, { session: await session('ana') })).body
      .value as { id: number };
    const officer = await desk(browser, running());
    await signInAs(officer, 'ana');
    await officer.goto(`${running().url}#/c/${made.id}`);
    const ana = new ComposerPage(officer);
    await expect(ana.title).toHaveValue('Título de partida');
    await officer.context().setOffline(true);
    await ana.body.click();
    await officer.keyboard.press('Control+End');
    await officer.keyboard.type(' Añadido por Ana sin red.');
    await expect(officer.locator('.save-status')).toHaveAttribute('data-state', 'offline');
    await officer.getByRole('link', { name: /Volver/ }).click();
    // Eva changes only the title meanwhile.
    await savedMeanwhile(running(), 'eva', made.id, { title: 'Título corregido por Eva' });
    const evaSession = await session('eva');
    await officer.context().setOffline(false);
    // The list says Ana's change waits for her decision; she opens it and brings it back.
    const waiting = officer.getByRole('region', { name: 'Guardado en este equipo, por llegar a la oficina' });
    await expect(waiting).toContainText('Alguien lo guardó después: ábralo para decidir, parte por parte, qué queda.', { timeout: 15_000 });
    await waiting.getByRole('link', { name: /Título de partida/ }).click();
    await officer.getByRole('alert').filter({ hasText: 'Hay texto suyo' }).getByRole('button', { name: 'Recuperar mi texto' }).click();
    await expect(ana.title).toHaveValue('Título corregido por Eva');
    await expect(ana.body).toContainText('Añadido por Ana sin red.');
    await ana.waitUntilSaved();
    const now = (await officeCall(running(), 'getCommunique', { id: made.id }, { session: evaSession })).body.value as {
      content: { title: string; body: unknown };
    };
    expect(now.content.title).toBe('Título corregido por Eva');
    expect(JSON.stringify(now.content.body)).toContain('Añadido por Ana sin red.');
  });

  test('a batch export in a browser arrives as one zip download: nothing is written on the server’s disk', async ({ browser }) => {
    test.setTimeout(120_000);
    const ana = { name: 'ana', passphrase: passphrase('ana') };
    for (const title of ['Primero desde la oficina', 'Segundo desde la oficina']) {
      await asOtherWriter(db, 'createCommunique', { content: { title, date: '2026-11-20' } }, ana);
    }
    const before = readdirSync(dir ?? '').sort();
    const clerk = await desk(browser, running());
    await signInAs(clerk, 'clara');
    await clerk.getByRole('checkbox', { name: 'Seleccionar todos' }).check();
    await clerk.getByRole('button', { name: 'Exportar selección (2)…' }).click();
    const dialog = clerk.getByRole('dialog', { name: 'Exportar 2 comunicados' });
    await expect(dialog).toContainText('Los archivos se descargarán en este equipo, juntos en un solo .zip.');
    // No chooser of the server's folders is offered.
    await expect(dialog.getByRole('textbox', { name: 'Ruta de la carpeta' })).toHaveCount(0);
    const download = clerk.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Exportar', exact: true }).click();
    const zip = await download;
    expect(zip.suggestedFilename()).toMatch(/^comunicados-\d{4}-\d{2}-\d{2}\.zip$/);
    await expect(dialog.getByRole('status').last()).toHaveText(/^Listo\./, { timeout: 60_000 });
    // Each file's row, so that a file that failed is seen with its reason.
    await expect(dialog.getByRole('row', { name: /en el zip|error/ })).toHaveText([/en el zip/, /en el zip/, /en el zip/, /en el zip/]);
    await expect(dialog.getByRole('status').last()).toHaveText('Listo. 4 archivos descargados en un .zip; con error: 0.');
    const files = unzipSync(new Uint8Array(readFileSync(await zip.path())));
    expect(Object.keys(files).sort()).toEqual([
      'Comunicado-BORRADOR-1.docx',
      'Comunicado-BORRADOR-1.pdf',
      'Comunicado-BORRADOR-2.docx',
      'Comunicado-BORRADOR-2.pdf',
    ]);
    expect(new TextDecoder().decode(files['Comunicado-BORRADOR-1.pdf']?.slice(0, 5))).toBe('%PDF-');
    expect(new TextDecoder().decode(files['Comunicado-BORRADOR-2.docx']?.slice(0, 2))).toBe('PK');
    expect(readdirSync(dir ?? '').sort()).toEqual(before);
  });

  test('the author withdraws while the editor reviews: the decision panel goes with a word, not silently', async ({ browser }) => {
    test.setTimeout(120_000);
    const ana = (await officeCall(running(), 'signIn', { name: 'ana', passphrase: passphrase('ana') })).body.value as { session: string };
    const made = (await officeCall(running(), 'createCommunique', { content: readyContent('Se retira mientras se revisa') }, { session: ana.session })).body
      .value as { id: number; revision: number };
    await officeCall(running(), 'submitForReview', { id: made.id, revision: made.revision }, { session: ana.session });
    const editor = await desk(browser, running());
    await signInAs(editor, 'eva');
    await editor.goto(`${running().url}#/c/${made.id}/revision`);
    const decision = editor.getByRole('region', { name: 'Decisión' });
    await expect(decision).toBeVisible();
    const withdrawn = await officeCall(running(), 'withdrawSubmission', { id: made.id }, { session: ana.session });
    expect(withdrawn.body.ok).toBe(true);
    await expect(decision).toHaveCount(0, { timeout: 3_000 });
    await expect(editor.getByRole('status').filter({ hasText: 'retiró la versión de la revisión' })).toBeVisible();
  });
});
