import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pdfPages } from '../helpers/pdfPages';
import { threePageContent } from '../helpers/threePageContent';
import { createProfiles, openCommunique, passphrase, signInAs } from './support/office';
import { asOtherWriter } from './support/secondWriter';
import { exportPanel } from './support/ComposerPage';
import { holdRequests } from './support/holdRequests';
import { expect, test } from './support/test';

const ana = { name: 'ana', passphrase: passphrase('ana') };
const eva = { name: 'eva', passphrase: passphrase('eva') };
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const panel = await exportPanel(page);
  const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The first words of each preview page's text body: what the PDF's pages must start with. */
async function previewPageStarts(page: Page): Promise<string[]> {
  const preview = page.getByRole('region', { name: /^Vista previa/ });
  return preview.locator('.page-preview-pages').evaluate((host) =>
    [...(host.shadowRoot as ShadowRoot).querySelectorAll<HTMLElement>('.pages .page-body')].map((body) =>
      // biome-ignore lint/performance/useDomNodeTextContent: the words as laid out on the page, line breaks included
      body.innerText.replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' '),
    ),
  );
}

test.skip(({ appMode }) => appMode === 'electron', 'downloads open a native save dialog in the desktop app, which Playwright cannot answer');

test('a draft downloads with BORRADOR on every page and no number; once approved it downloads clean, numbered, page for page as the preview', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await createProfiles(app.databasePath, { ana: ['redaccion'], eva: ['edicion'], dora: ['difusion'] });
  const draft = await asOtherWriter(app.databasePath, 'createCommunique', { content: threePageContent() }, ana);
  const { page } = app;
  await signInAs(page, 'ana');
  await openCommunique(page, draft.id);
  const panel = await exportPanel(page);
  await expect(panel.getByRole('combobox', { name: 'Texto a exportar' })).toHaveValue('working');
  await expect(panel).toContainText('cada página llevará la marca BORRADOR');

  const drafted = await download(page, 'PDF');
  expect(drafted.name).toBe(`Comunicado-BORRADOR-${draft.id}.pdf`);
  const draftPages = pdfPages(drafted.bytes, 'raw');
  expect(draftPages.length).toBeGreaterThanOrEqual(3);
  for (const text of draftPages) expect(text.replace(/\s+/g, '')).toContain('BORRADOR');
  expect(flat(draftPages[0] ?? '')).toContain('Comunicado (número al aprobar)');

  // Submitted and approved elsewhere; distribution opens it: the approved version is what exports, clean.
  const submitted = await asOtherWriter(app.databasePath, 'submitForReview', { id: draft.id, revision: draft.revision }, ana);
  const version = submitted.latestVersion as { id: number; sha256: string };
  await asOtherWriter(app.databasePath, 'approveVersion', { id: draft.id, versionId: version.id, sha256: version.sha256 }, eva);
  await signInAs(page, 'dora');
  await openCommunique(page, draft.id);
  await expect(panel.getByRole('combobox', { name: 'Texto a exportar' })).toHaveValue('1');
  await expect(panel).toContainText('el archivo sale limpio, con su número');
  // Numbered in the year of its date (seed 000: 2021).
  const year = 2021;
  const clean = await download(page, 'PDF');
  expect(clean.name).toBe(`Comunicado-001-${year}.pdf`);
  const cleanPages = pdfPages(clean.bytes);
  expect(cleanPages.join('')).not.toContain('BORRADOR');
  expect(flat(cleanPages[0] ?? '')).toContain('Comunicado 1');
  // The same layout as the preview: as many pages, each starting with the same words.
  const starts = await previewPageStarts(page);
  expect(cleanPages).toHaveLength(starts.length);
  starts.forEach((start, index) => {
    expect(flat(cleanPages[index] ?? ''), `page ${index + 1}`).toContain(start);
  });

  const word = await download(page, 'Word (.docx)');
  expect(word.name).toBe(`Comunicado-001-${year}.docx`);
  expect(word.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await panel.getByText(/^Archivos exportados/).click();
  const records = panel.getByRole('table', { name: 'Archivos exportados' });
  await expect(records.getByRole('row')).toHaveCount(4);
  await expect(records.getByRole('row', { name: /Comunicado-001-\d+\.docx/ })).toContainText('v1 · aprobado');
  await expect(records.getByRole('row', { name: new RegExp(`Comunicado-BORRADOR-${draft.id}\\.pdf`) })).toContainText('texto de trabajo · BORRADOR');
});

test('copy for e-mail puts formatted text and plain text on the clipboard', async ({ app }) => {
  const { page } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  const created = await asOtherWriter(app.databasePath, 'createCommunique', { content: threePageContent() });
  await openCommunique(page, created.id);
  await (await exportPanel(page)).getByRole('button', { name: 'Copiar para correo' }).click();
  await expect(page.getByRole('region', { name: 'Exportar' }).getByRole('status')).toHaveText(
    'Copiado para pegar en un correo (texto con formato y texto simple).',
  );
  const clipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return { html: '', text: '' };
    return { html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
  });
  expect(clipboard.html).toContain('Buscará IPN posgrado dual');
  expect(clipboard.html).toMatch(/<h1 style="[^"]*text-align:center/);
  expect(clipboard.text.split('\n').slice(0, 5)).toEqual([
    '*** BORRADOR ***',
    '',
    'Comunicado (número al aprobar)',
    'Ciudad de México, 17 de noviembre de 2021',
    '',
  ]);
});

test('a selection exports to a folder made from the chooser, with a progress bar, asks before replacing, and stops on Cancel', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const parent = mkdtempSync(join(tmpdir(), 'redacta-lote-'));
  const folder = join(parent, 'Boletines de noviembre');
  for (const title of ['Primero', 'Segundo', 'Tercero']) await asOtherWriter(app.databasePath, 'createCommunique', { content: { title, date: '2026-11-20' } });
  await page.reload();
  await page.getByRole('checkbox', { name: 'Seleccionar todos' }).check();
  const openBatch = page.getByRole('button', { name: 'Exportar selección (3)…' });
  await openBatch.click();
  const dialog = page.getByRole('dialog', { name: 'Exportar 3 comunicados' });
  await expect(dialog).toContainText('Carpeta elegida:');
  await dialog.getByRole('textbox', { name: 'Ruta de la carpeta' }).fill(parent);
  await dialog.getByRole('button', { name: 'Ir', exact: true }).click();
  await expect(dialog).toContainText(`Carpeta elegida: ${parent}`);
  // A folder for this batch, made from the chooser as a save dialog would: a bad name is refused at once.
  await dialog.getByRole('button', { name: 'Nueva carpeta…' }).click();
  const name = dialog.getByRole('textbox', { name: 'Nombre de la nueva carpeta' });
  await name.fill('Boletines: noviembre');
  await dialog.getByRole('button', { name: 'Crear carpeta' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    '«Boletines: noviembre» no sirve como nombre de carpeta: no puede estar vacío, empezar con punto, terminar en punto o espacio, llevar / \\ : * ? " < > | ni ser un nombre reservado de Windows como CON o NUL.',
  );
  expect(readdirSync(parent)).toEqual([]);
  await name.fill('Boletines de noviembre');
  await dialog.getByRole('button', { name: 'Crear carpeta' }).click();
  await expect(dialog).toContainText(`Carpeta elegida: ${folder}`);
  await expect(dialog.getByRole('textbox', { name: 'Ruta de la carpeta' })).toHaveValue(folder);
  await expect(dialog).toContainText('6 archivos.');
  await dialog.getByRole('button', { name: 'Exportar', exact: true }).click();
  await expect(dialog.getByRole('status').last()).toHaveText('Listo. Escritos: 6; omitidos: 0; con error: 0.', { timeout: 60_000 });
  await expect(dialog.getByRole('progressbar', { name: 'Progreso de la exportación' })).toHaveAttribute('value', '6');
  expect(readdirSync(parent)).toEqual(['Boletines de noviembre']);
  expect(readdirSync(folder).sort()).toEqual([
    'Comunicado-BORRADOR-1.docx',
    'Comunicado-BORRADOR-1.pdf',
    'Comunicado-BORRADOR-2.docx',
    'Comunicado-BORRADOR-2.pdf',
    'Comunicado-BORRADOR-3.docx',
    'Comunicado-BORRADOR-3.pdf',
  ]);
  const before = readFileSync(join(folder, 'Comunicado-BORRADOR-1.pdf'));
  await dialog.getByRole('button', { name: 'Cerrar' }).click();

  // Again into the same folder: the person is asked, and "skip all" leaves every file as it was.
  await openBatch.click();
  await expect(dialog).toContainText(`Carpeta elegida: ${folder}`);
  await dialog.getByRole('button', { name: 'Exportar', exact: true }).click();
  const conflict = dialog.getByRole('alertdialog', { name: 'El archivo ya existe' });
  // The list shows the newest first, and the batch goes in that order.
  await expect(conflict).toContainText('«Comunicado-BORRADOR-3.docx» ya existe');
  await conflict.getByRole('button', { name: 'Omitir todos' }).click();
  await expect(dialog.getByRole('status').last()).toHaveText('Listo. Escritos: 0; omitidos: 6; con error: 0.', { timeout: 60_000 });
  expect(readFileSync(join(folder, 'Comunicado-BORRADOR-1.pdf')).equals(before)).toBe(true);
  await dialog.getByRole('button', { name: 'Cerrar' }).click();

  // Replacing everything, then cancelling while the file replaced is on its way (held here): it stops after that file.
  await openBatch.click();
  await dialog.getByRole('button', { name: 'Exportar', exact: true }).click();
  await expect(conflict).toBeVisible();
  const release = await holdRequests(page, '**/api/exportToFolder');
  await conflict.getByRole('button', { name: 'Reemplazar todos' }).click();
  // The question goes away and the export goes on; then the person cancels.
  await expect(conflict).toBeHidden();
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  release();
  await expect(dialog.getByRole('status').last()).toHaveText('Exportación cancelada: hechos 1 de 6.', { timeout: 60_000 });
  expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});

test('a path typed and gone to: nothing is exported until that folder is shown, and the files go there, not into the one left', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  const left = mkdtempSync(join(tmpdir(), 'redacta-dejada-'));
  const typed = mkdtempSync(join(tmpdir(), 'redacta-escrita-'));
  await asOtherWriter(app.databasePath, 'createCommunique', { content: { title: 'Uno', date: '2026-11-20' } });
  await page.reload();
  await page.getByRole('checkbox', { name: 'Seleccionar todos' }).check();
  await page.getByRole('button', { name: 'Exportar selección (1)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportar 1 comunicado' });
  const path = dialog.getByRole('textbox', { name: 'Ruta de la carpeta' });
  await path.fill(left);
  await dialog.getByRole('button', { name: 'Ir', exact: true }).click();
  await expect(dialog).toContainText(`Carpeta elegida: ${left}`);
  // The next folder takes a while to list (a slow disk, a network share): held here until released.
  const release = await holdRequests(page, '**/api/listFolder');
  await path.fill(typed);
  await dialog.getByRole('button', { name: 'Ir', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Abriendo ${typed}…`);
  const start = dialog.getByRole('button', { name: 'Exportar', exact: true });
  await expect(start).toBeDisabled();
  release();
  await expect(dialog).toContainText(`Carpeta elegida: ${typed}`);
  await start.click();
  await expect(dialog.getByRole('status').last()).toHaveText('Listo. Escritos: 2; omitidos: 0; con error: 0.', { timeout: 60_000 });
  expect(readdirSync(typed).sort()).toEqual(['Comunicado-BORRADOR-1.docx', 'Comunicado-BORRADOR-1.pdf']);
  expect(readdirSync(left)).toEqual([]);
});

test('verifying a file dropped on the page says which communiqué and version it is, or that it changed, or that it is unknown', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  const created = await asOtherWriter(app.databasePath, 'createCommunique', { content: threePageContent() });
  const exported = await asOtherWriter(app.databasePath, 'renderExport', { id: created.id, format: 'pdf' });
  const bytes = Buffer.from(exported.base64, 'base64');
  await page.getByRole('link', { name: 'Verificar' }).click();

  const drop = async (name: string, data: Buffer) => {
    const transfer = await page.evaluateHandle(
      ({ name: fileName, data: base64 }) => {
        const transfer = new DataTransfer();
        const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([raw], fileName, { type: 'application/pdf' }));
        return transfer;
      },
      { name, data: data.toString('base64') },
    );
    await page.locator('.verify-drop').dispatchEvent('drop', { dataTransfer: transfer });
  };
  await drop(exported.fileName, bytes);
  const verdict = page.locator('.verdict');
  await expect(verdict).toContainText(`${exported.fileName} es la exportación PDF del comunicado #${created.id} «Buscará IPN posgrado dual`);
  await expect(verdict).toContainText('texto de trabajo, BORRADOR sin aprobar');

  const changed = join(mkdtempSync(join(tmpdir(), 'redacta-verificar-')), 'cambiado.pdf');
  writeFileSync(changed, Buffer.concat([bytes, Buffer.from('\n% retocado\n')]));
  await page.getByLabel('Archivo a verificar').setInputFiles(changed);
  await expect(verdict).toContainText('cambiado.pdf dice ser la exportación PDF');
  await expect(verdict).toContainText('pero su contenido cambió desde entonces. No la distribuya.');

  await drop('otro.pdf', Buffer.from('%PDF-1.4 nada que ver'));
  await expect(verdict).toContainText('Redacta no exportó otro.pdf');
});
