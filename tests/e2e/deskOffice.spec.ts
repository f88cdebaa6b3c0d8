import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { readyContent } from '../helpers/readyContent';
import { startOfficeServer } from '../helpers/officeServer';
import type { OfficeServer } from '../helpers/officeServer';
import { ComposerPage } from './support/ComposerPage';
import { createProfiles, signInAs } from './support/office';
import { asOtherWriter } from './support/secondWriter';
import { expect, test } from './support/test';

/** Connects the desk shown in `page` to the office, comparing the fingerprint the way the person does. */
async function connectToOffice(page: Page, server: OfficeServer): Promise<void> {
  await page.getByRole('button', { name: 'Base: este equipo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dónde se trabaja' });
  await dialog.getByLabel('Dirección del servidor de la oficina').fill(server.url);
  await dialog.getByRole('button', { name: 'Conectar', exact: true }).click();
  const first = dialog.getByRole('alertdialog', { name: 'Primera conexión con esta oficina' });
  // What the desk shows is what the server printed for IT: the person compares the two.
  await expect(first.locator('.fingerprint')).toHaveText(server.fingerprint);
  await first.getByRole('button', { name: 'Coinciden: conectar' }).click();
}

test.describe('a desk working in the office', () => {
  let dir: string | undefined;
  let server: OfficeServer | undefined;
  const opened: BrowserContext[] = [];
  const running = (): OfficeServer => {
    if (!server) throw new Error('the office server did not start');
    return server;
  };
  const officeDatabase = () => join(dir ?? '', 'oficina.sqlite3');
  test.beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redacta-desk-office-e2e-'));
    await createProfiles(officeDatabase(), { ana: ['redaccion'], eva: ['edicion'] });
    server = await startOfficeServer(officeDatabase(), join(dir, 'config'));
  });
  test.afterEach(async () => {
    for (const context of opened.splice(0)) await context.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('«Conectar a la oficina»: the fingerprint compared on first use, the office’s work at this desk, live, and back to this computer', async ({
    app,
    browser,
  }) => {
    test.setTimeout(150_000);
    const { page } = app;
    await asOtherWriter(app.databasePath, 'createCommunique', { content: readyContent('Nota de este equipo') });
    await page.reload();
    await expect(page.getByRole('link', { name: /^Abrir Nota de este equipo/ })).toBeVisible();

    await connectToOffice(page, running());
    // The office's own sign-in, its people typing their names; the desk says where it works.
    const host = new URL(running().url).host;
    await expect(page.getByRole('form', { name: '¿Quién trabaja?' })).toBeVisible();
    await expect(page.getByRole('button', { name: `Oficina: ${host}` })).toBeVisible();
    await signInAs(page, 'ana');
    await expect(page.getByRole('link', { name: /^Abrir Nota de este equipo/ })).toHaveCount(0);

    const ana = new ComposerPage(page);
    await ana.createFromList();
    await ana.title.fill('Escrito en el portátil, guardado en la oficina');
    await ana.addBullet('Llega a la oficina desde el escritorio');
    await ana.body.click();
    await page.keyboard.type('El Instituto Politécnico Nacional informa desde un escritorio conectado.');
    await ana.waitUntilSaved();
    await page.getByRole('button', { name: 'Enviar a revisión' }).click();
    const anaBar = page.getByRole('region', { name: 'Estado de revisión' });
    await expect(anaBar).toContainText('En revisión');

    // Eva, in a browser on the office itself, finds it there and approves it.
    const context = await browser.newContext({ locale: 'es-MX', ignoreHTTPSErrors: true });
    opened.push(context);
    const editor = await context.newPage();
    await editor.goto(running().url);
    await signInAs(editor, 'eva');
    await editor
      .getByRole('region', { name: /^Por revisar/ })
      .getByRole('link', { name: /^Abrir Escrito en el portátil/ })
      .click();
    const decision = editor.getByRole('region', { name: 'Decisión' });
    await decision.getByRole('button', { name: 'Aprobar la v1', exact: true }).click();
    await decision.getByRole('button', { name: 'Sí, aprobar la v1' }).click();

    // The desk's editor, open all along, hears it through the desk: approved, and its number.
    await expect(anaBar).toContainText('Aprobado', { timeout: 3_000 });
    await expect(page.locator('.derived-lines dd').first()).toHaveText('Comunicado 1', { timeout: 3_000 });

    // Files go into this computer's folders: the chooser lists the desk's, and the office makes what is written here.
    const out = join(dir ?? '', 'salida-del-escritorio');
    mkdirSync(out);
    await page.getByRole('link', { name: 'Comunicados', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Seleccionar todos' }).check();
    await page.getByRole('button', { name: 'Exportar selección (1)…' }).click();
    const batch = page.getByRole('dialog', { name: 'Exportar 1 comunicado' });
    await batch.getByRole('textbox', { name: 'Ruta de la carpeta' }).fill(out);
    await batch.getByRole('button', { name: 'Ir', exact: true }).click();
    await batch.getByRole('button', { name: 'Exportar', exact: true }).click();
    await expect(batch.getByRole('status').last()).toHaveText('Listo. Escritos: 2; omitidos: 0; con error: 0.', { timeout: 60_000 });
    // Approved: clean files with the number the office gave it.
    const written = readdirSync(out).sort();
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^Comunicado-001-\d{4}\.docx$/);
    expect(written[1]).toMatch(/^Comunicado-001-\d{4}\.pdf$/);
    await batch.getByRole('button', { name: 'Cerrar' }).click();

    // Back to this computer: its own database, as it was, and no session of the office's.
    await page.getByRole('button', { name: `Oficina: ${host}` }).click();
    await page.getByRole('dialog', { name: 'Dónde se trabaja' }).getByRole('button', { name: 'Volver a este equipo' }).click();
    await expect(page.getByRole('button', { name: 'Base: este equipo' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Abrir Nota de este equipo/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Abrir Escrito en el portátil/ })).toHaveCount(0);
  });

  test('an office presenting another certificate is refused with a warning, until the person forgets it on purpose', async ({ app }) => {
    test.setTimeout(150_000);
    const { page } = app;
    await connectToOffice(page, running());
    await expect(page.getByRole('form', { name: '¿Quién trabaja?' })).toBeVisible();
    const port = Number(new URL(running().url).port);
    const before = running().fingerprint;
    await running().stop();
    // The same address answered by another certificate (another machine, as far as the desk can tell).
    server = await startOfficeServer(officeDatabase(), join(dir ?? '', 'otra-config'), { port });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'El certificado de la oficina cambió' })).toBeVisible();
    const warning = page.getByRole('alert');
    await expect(warning).toContainText('No se envió nada');
    await expect(warning).toContainText(before);
    await expect(warning).toContainText(running().fingerprint);

    await page.getByRole('button', { name: 'Volver a este equipo' }).click();
    await expect(page.getByRole('button', { name: 'Base: este equipo' })).toBeVisible();
    // Trying again is refused the same way; forgetting it is a decision of its own, then the new one is compared.
    await page.getByRole('button', { name: 'Base: este equipo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dónde se trabaja' });
    await dialog.getByLabel('Dirección del servidor de la oficina').fill(running().url);
    await dialog.getByRole('button', { name: 'Conectar', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('presenta un certificado distinto');
    await dialog.getByRole('button', { name: 'Olvidar esta oficina' }).click();
    await expect(dialog.getByRole('status')).toContainText('olvidó la huella');
    await dialog.getByRole('button', { name: 'Conectar', exact: true }).click();
    await expect(dialog.getByRole('alertdialog', { name: 'Primera conexión con esta oficina' }).locator('.fingerprint')).toHaveText(running().fingerprint);
  });

  test('an office that cannot be reached at start: the desk says so, tries again, or works on this computer meanwhile', async ({ app }) => {
    test.setTimeout(150_000);
    const { page } = app;
    await connectToOffice(page, running());
    await expect(page.getByRole('form', { name: '¿Quién trabaja?' })).toBeVisible();
    const port = Number(new URL(running().url).port);
    await running().stop();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'No se llega a la oficina' })).toBeVisible();
    server = await startOfficeServer(officeDatabase(), join(dir ?? '', 'config'), { port });
    await page.getByRole('button', { name: 'Reintentar' }).click();
    await expect(page.getByRole('form', { name: '¿Quién trabaja?' })).toBeVisible();
  });
});
