import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ComposerPage } from './support/ComposerPage';
import { createProfiles, signInAs } from './support/office';
import { expect, test } from './support/test';

/** Writes a new communiqué with this title from the list, and goes back to the list once it is saved. */
async function writeCommunique(page: Page, title: string): Promise<void> {
  const composer = new ComposerPage(page);
  await page.getByRole('link', { name: 'Comunicados' }).click();
  await composer.createFromList();
  await composer.title.fill(title);
  await composer.waitUntilSaved();
  await page.getByRole('link', { name: 'Volver a la lista' }).click();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toBeVisible();
}

/** Opens «Copias de seguridad» from the main navigation. */
async function openBackups(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Copias de seguridad' }).click();
  await expect(page.getByRole('heading', { name: 'Copias de seguridad', level: 1 })).toBeVisible();
}

/** Goes to a folder in a folder picker by typing its path. */
async function goToFolder(panel: Locator, folder: string): Promise<void> {
  await panel.getByRole('textbox', { name: 'Ruta de la carpeta' }).fill(folder);
  await panel.getByRole('button', { name: 'Ir', exact: true }).click();
  await expect(panel.getByText(`Carpeta elegida: ${folder}`)).toBeVisible();
}

test.describe('backups in the app', () => {
  test('a copy made now is restored: what was written after it is gone, the Bitácora says so, and the replaced database is kept aside', async ({ app }) => {
    const { page } = app;
    const backupsFolder = `${app.databasePath}.backups`;
    await writeCommunique(page, 'Lo que estaba en la copia');

    await openBackups(page);
    await expect(page.getByText(/conserva las de los últimos 7 días, 4 semanas y 12 meses/)).toBeVisible();
    await expect(page.getByText(backupsFolder, { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Hacer una copia ahora' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Copia hecha y verificada:' });
    await expect(status).toContainText(backupsFolder);
    const table = page.getByRole('table', { name: 'Copias de la carpeta de copias' });
    // The copy just made is the newest: the first row, with today's date spelled out and its size in MB.
    const newest = table.getByRole('row').nth(1);
    await expect(newest).toContainText(new Intl.DateTimeFormat('es-MX', { dateStyle: 'long' }).format(new Date()));
    await expect(newest).toContainText(/\d+\.\d MB/);
    await page.screenshot({ path: test.info().outputPath('copias.png'), fullPage: true });

    await writeCommunique(page, 'Lo escrito después');
    await openBackups(page);
    await table.getByRole('row').nth(1).getByRole('button', { name: 'Restaurar…' }).click();
    const dialog = page.getByRole('dialog', { name: /^¿Restaurar la copia del / });
    await expect(dialog).toContainText('no estará en la base de datos');
    await expect(dialog).toContainText(`queda guardada aparte en la carpeta de copias, ${backupsFolder}`);
    await expect(dialog).toContainText('cada persona tendrá que volver a entrar');
    await page.screenshot({ path: test.info().outputPath('restaurar.png') });
    await dialog.getByRole('button', { name: 'Restaurar la copia' }).click();

    // After the reload, the list is the copy's: the first communiqué and not the second.
    await page.getByRole('link', { name: 'Comunicados' }).click();
    await expect(page.getByRole('row', { name: /Lo que estaba en la copia/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Lo escrito después/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Bitácora' }).click();
    await expect(page.getByText('Restauró una copia de seguridad')).toBeVisible();
    expect(readdirSync(backupsFolder).filter((name) => name.startsWith('before-restore-'))).toHaveLength(1);
  });

  test('a copy saved into another folder is there as a Redacta backup, and that folder lists it to restore', async ({ app }) => {
    const { page } = app;
    const elsewhere = mkdtempSync(join(tmpdir(), 'redacta-usb-'));
    try {
      await openBackups(page);
      await page.getByRole('button', { name: 'Guardar una copia en otra carpeta…' }).click();
      const save = page.getByRole('region', { name: 'Guardar una copia en otra carpeta' });
      await goToFolder(save, elsewhere);
      await save.getByRole('button', { name: 'Guardar la copia aquí' }).click();
      await expect(save.getByRole('status')).toContainText(`Copia hecha y verificada: ${elsewhere}`);
      expect(readdirSync(elsewhere).filter((name) => /^redacta-.*\.sqlite3$/.test(name))).toHaveLength(1);

      await page.getByRole('button', { name: 'Restaurar desde otra carpeta…' }).click();
      const browse = page.getByRole('region', { name: 'Restaurar desde otra carpeta' });
      await goToFolder(browse, elsewhere);
      await expect(browse.getByRole('table', { name: 'Copias en la carpeta elegida' }).getByRole('button', { name: 'Restaurar…' })).toHaveCount(1);
      await page.screenshot({ path: test.info().outputPath('otra-carpeta.png'), fullPage: true });

      // A copy that left the folder after it was listed is refused in the person's words, and nothing else changes.
      for (const name of readdirSync(elsewhere)) rmSync(join(elsewhere, name));
      await browse.getByRole('button', { name: 'Restaurar…' }).click();
      const dialog = page.getByRole('dialog', { name: /^¿Restaurar la copia del / });
      await dialog.getByRole('button', { name: 'Restaurar la copia' }).click();
      await expect(dialog.getByRole('alert')).toContainText('no es una base de datos de Redacta. No se restauró nada.');
      await dialog.getByRole('button', { name: 'Cancelar' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('heading', { name: 'Copias de seguridad', level: 1 })).toBeVisible();
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('only an administrator is offered the backups, in their own language', async ({ app }) => {
    await createProfiles(app.databasePath, { ana: ['redaccion'] });
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    await signInAs(page, 'ana');
    await expect(nav.getByRole('link', { name: 'Bitácora' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Copias de seguridad' })).toHaveCount(0);
    await signInAs(page, 'admin');
    await expect(nav.getByRole('link', { name: 'Copias de seguridad' })).toBeVisible();
    await openBackups(page);
    // In English too: the screen, its buttons and the dates in the person's language.
    await page.getByRole('combobox', { name: 'Idioma de la interfaz' }).selectOption('en');
    await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
    await expect(page.getByText(/keeps those of the last 7 days, 4 weeks and 12 months/)).toBeVisible();
    await page.getByRole('button', { name: 'Back up now' }).click();
    const table = page.getByRole('table', { name: 'Backups in the backups folder' });
    await expect(table.getByRole('row').nth(1)).toContainText(new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date()));
    await expect(table.getByRole('button', { name: 'Restore…' }).first()).toBeVisible();
  });
});
