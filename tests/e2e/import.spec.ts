import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProfiles, signInAs } from './support/office';
import { holdRequests } from './support/holdRequests';
import { expect, test } from './support/test';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'import', name);

test('an administrator chooses past releases, corrects the preview and imports them: published, numbered as they were, found in the list', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Importar archivo…' }).waitFor();
  await page
    .getByTestId('import-files')
    .setInputFiles([
      fixture('seed-000-es.txt'),
      fixture('web-page-es.html'),
      fixture('press-release-145-en.txt'),
      fixture('boletin-386.txt'),
      fixture('not-a-communique-mission.txt'),
    ]);
  const panel = page.getByRole('region', { name: 'Importar al archivo' });
  await expect(panel.getByText('Revise lo que se leyó de cada archivo.', { exact: false })).toBeVisible();
  await expect(panel.getByRole('listitem')).toHaveText('not-a-communique-mission.txt: No parece un comunicado: no tiene número ni fecha al principio.');
  await expect(panel.getByRole('row')).toHaveCount(5);

  // What was read, field by field; a label the office does not have is offered as a new series or mapped.
  const boletin = 'boletin-386.txt: EL IPN INAUGURA SU NUEVO CENTRO DE DATOS';
  await expect(panel.getByRole('combobox', { name: `Serie ${boletin}` })).toHaveValue('new:boletin');
  await expect(panel.getByRole('spinbutton', { name: `Número ${boletin}` })).toHaveValue('386');
  await expect(panel.getByRole('textbox', { name: `Fecha ${boletin}` })).toHaveValue('06/03/2017');
  await panel.getByRole('combobox', { name: `Serie ${boletin}` }).selectOption({ label: 'Comunicado' });
  await panel.getByRole('textbox', { name: `Título ${boletin}` }).fill('El IPN inaugura su nuevo centro de datos');
  const seed = 'seed-000-es.txt: Buscará IPN posgrado dual con el Instituto de Minería y Tecnología de Nuevo México';
  await expect(panel.getByRole('spinbutton', { name: `Número ${seed}` })).toHaveValue('223');
  await expect(panel.getByRole('textbox', { name: `Fecha ${seed}` })).toHaveValue('17/11/2021');
  await expect(panel.getByRole('row').filter({ hasText: 'press-release-145-en.txt' })).toContainText(
    'Traducción del n.º 145 que viene en estos mismos archivos',
  );
  const web = 'web-page-es.html: IPN Y NUEVO MÉXICO IMPULSARÁN UN POSGRADO DUAL';
  await panel.getByRole('row').filter({ hasText: 'web-page-es.html' }).getByText('Ver el texto leído').click();
  await expect(panel.getByRole('textbox', { name: `Lugar ${web}` })).toHaveValue('Ciudad de México');
  await expect(panel.getByRole('row').filter({ hasText: 'web-page-es.html' })).toContainText('La firma se realizó en la Sala de Ex Directores');
  await expect(panel.getByRole('row').filter({ hasText: 'web-page-es.html' })).not.toContainText('Galería');
  await expect(panel.getByRole('combobox', { name: 'Idioma press-release-145-en.txt: IPN AND NEW MEXICO WILL LAUNCH A DUAL GRADUATE PROGRAMME' })).toHaveValue(
    'en',
  );
  await page.screenshot({ path: test.info().outputPath('import-preview.png'), fullPage: true });

  await panel.getByRole('button', { name: 'Importar 4 comunicados' }).click();
  await expect(panel.getByRole('status')).toHaveText('Se importaron 4 comunicados.');
  await panel.getByRole('button', { name: 'Cerrar' }).click();
  await expect(page.getByRole('status').filter({ hasText: /comunicados$/ })).toHaveText('4 comunicados');

  await page.getByRole('searchbox', { name: 'Buscar en los comunicados' }).fill('centro de datos');
  await page.getByRole('link', { name: 'Abrir El IPN inaugura su nuevo centro de datos' }).click();
  await expect(page.getByRole('region', { name: 'Revisión' })).toContainText(/Publicado.*Importado de boletin-386\.txt por/);
  await expect(page.getByRole('region', { name: /^Vista previa/ })).toContainText('Comunicado 386');

  // The English release with the number and year of the Spanish one came in as its translation, showing its number.
  await page.getByRole('link', { name: 'Comunicados' }).click();
  await page.getByRole('searchbox', { name: 'Buscar en los comunicados' }).fill('dual graduate');
  await expect(page.getByRole('row').nth(1)).toContainText('145');
  await page.getByRole('link', { name: /^Abrir IPN AND NEW MEXICO/ }).click();
  await expect(page.getByRole('region', { name: /^Vista previa/ })).toContainText('Press Release 145');
});

test('a file dropped on the list again is flagged as a duplicate: skipped unless the person keeps both; Cancel stops before the next file', async ({ app }) => {
  const { page } = app;
  const drop = async (files: { name: string; text: string }[]) => {
    const data = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const file of list) transfer.items.add(new File([file.text], file.name, { type: 'text/plain' }));
      return transfer;
    }, files);
    const list = page.locator('main.list-screen');
    await list.dispatchEvent('dragover', { dataTransfer: data });
    await expect(page.getByText('Suelte aquí los archivos o carpetas del archivo histórico', { exact: false })).toBeVisible();
    await list.dispatchEvent('drop', { dataTransfer: data });
  };
  const seed = { name: 'c223.txt', text: readFileSync(fixture('seed-000-es.txt'), 'utf8') };
  await drop([seed]);
  const panel = page.getByRole('region', { name: 'Importar al archivo' });
  await panel.getByRole('button', { name: 'Importar 1 comunicado' }).click();
  await expect(panel.getByRole('status')).toHaveText('Se importó 1 comunicado.');
  await panel.getByRole('button', { name: 'Cerrar' }).click();

  await drop([seed]);
  await expect(panel).toContainText('Ya está en el archivo con el mismo número: «Buscará IPN posgrado dual');
  // Left to be skipped, nothing would go in: the button says so and cannot be pressed; keeping both would.
  await expect(panel.getByRole('button', { name: 'Importar 0 comunicados' })).toBeDisabled();
  const choice = panel.getByRole('combobox', { name: /^Qué hacer con el duplicado/ });
  await choice.selectOption({ label: 'Conservar ambos' });
  await expect(panel.getByRole('button', { name: 'Importar 1 comunicado' })).toBeEnabled();
  await choice.selectOption({ label: 'Omitirlo' });
  await panel.getByRole('button', { name: 'Cancelar' }).click();
  await expect(page.getByRole('status').filter({ hasText: /comunicado$/ })).toHaveText('1 comunicado');

  // The same file twice in one drop comes in once: the copy is left unticked, and said why.
  await drop([seed, { ...seed, name: 'copia de c223.txt' }]);
  await expect(panel.getByRole('row').filter({ hasText: 'copia de c223.txt' })).toContainText('Es el mismo archivo que «c223.txt», ya en esta lista');
  await expect(panel.getByRole('checkbox', { name: /^Importar copia de c223\.txt/ })).not.toBeChecked();
  await panel.getByRole('button', { name: 'Cancelar' }).click();

  // Three files, each stored in its own call: Cancel while the first is on its way leaves the other two out.
  const release = await holdRequests(page, '**/api/importArchiveFile');
  const release_ = (n: number) => ({ name: `c${n}.txt`, text: `Comunicado ${n}\n\n1 de junio de 2015\n\nTítulo ${n}\n\n- Balazo\n\nCuerpo.\n\n--oOo--` });
  await drop([release_(1), release_(2), release_(3)]);
  await panel.getByRole('button', { name: 'Importar 3 comunicados' }).click();
  await expect(panel.getByRole('status')).toContainText('Importando 1 de 3 archivos…');
  await panel.getByRole('button', { name: 'Cancelar' }).click();
  release();
  await expect(panel.getByRole('status')).toContainText('Importación cancelada');
  await expect(panel.getByRole('status')).toContainText('Se importó 1 comunicado.');
  await panel.getByRole('button', { name: 'Cerrar' }).click();
  await expect(page.getByRole('status').filter({ hasText: /comunicados$/ })).toHaveText('2 comunicados');
});

test('a folder chosen with «Importar carpeta…» brings every file inside it, subfolders too, and an officer is not offered the import', async ({ app }) => {
  const { page } = app;
  const folder = mkdtempSync(join(tmpdir(), 'archivo-'));
  mkdirSync(join(folder, '2017'));
  copyFileSync(fixture('boletin-386.txt'), join(folder, '2017', 'boletin-386.txt'));
  copyFileSync(fixture('seed-000-es.txt'), join(folder, 'c223.txt'));
  await page.getByTestId('import-folder').setInputFiles(folder);
  const panel = page.getByRole('region', { name: 'Importar al archivo' });
  await expect(panel.getByRole('row')).toHaveCount(3);
  await panel.getByRole('button', { name: 'Importar 2 comunicados' }).click();
  await expect(panel.getByRole('status')).toHaveText('Se importaron 2 comunicados.');
  rmSync(folder, { recursive: true, force: true });

  await createProfiles(app.databasePath, { ana: ['redaccion'] });
  await signInAs(page, 'ana');
  await expect(page.getByRole('heading', { name: 'Comunicados' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importar archivo…' })).toHaveCount(0);
});
