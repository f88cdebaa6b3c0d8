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
    const officer = await desk(browser, running());
    await signInAs(officer, 'ana');
    await expect(officer.locator('.list-count')).toBeVisible();
    // The list has kept the series and today's letterhead on this computer, for a draft started without the office.
    await expect.poll(() => officer.evaluate(() => Object.keys(localStorage).some((key) => key.includes('.seen.letterhead')))).toBe(true);
    // And the page fonts are loaded (a person is never faster than that).
    await expect.poll(() => officer.evaluate(() => document.fonts.check('italic 700 12px "Montserrat"'))).toBe(true);
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
    const waiting = officer.getByRole('region', { name: 'Empezados sin conexión, por llegar a la oficina' });
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
    await expect(officer.getByRole('region', { name: 'Empezados sin conexión, por llegar a la oficina' })).toHaveCount(0);
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
    const officer = await desk(browser, running());
    await signInAs(officer, 'ana');
    await expect(officer.locator('.list-count')).toBeVisible();
    await expect.poll(() => officer.evaluate(() => Object.keys(localStorage).some((key) => key.includes('.seen.letterhead')))).toBe(true);
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
    await expect(dialog.getByRole('status').last()).toHaveText('Listo. 4 archivos descargados en un .zip; con error: 0.', { timeout: 60_000 });
    await expect(dialog.getByRole('row', { name: /en el zip/ })).toHaveCount(4);
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
