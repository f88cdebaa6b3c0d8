import type { Page } from '@playwright/test';
import { ComposerPage } from './support/ComposerPage';
import { expect, test } from './support/test';

/** Each select on the page whose longest option is wider than the box shows (its words would be cut). */
async function cutSelects(page: Page): Promise<string[]> {
  return page.locator('select').evaluateAll((selects) => {
    const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    return (selects as HTMLSelectElement[]).flatMap((select) => {
      const style = getComputedStyle(select);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const widest = Math.max(...[...select.options].map((option) => context.measureText(option.text).width));
      // Room for the text: the box less its padding and the arrow.
      const room = select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 20;
      return widest > room
        ? [`${select.getAttribute('aria-label') ?? select.labels?.[0]?.firstChild?.textContent ?? ''}: ${Math.ceil(widest)} > ${Math.floor(room)}`]
        : [];
    });
  });
}

test('on a 1366×768 laptop a new draft opens with the title and body in view, the cursor in the title, status and files beside', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await expect(composer.title).toBeFocused();
  await page.keyboard.type('Egresa la primera generación');
  await expect(composer.title).toHaveValue('Egresa la primera generación');
  await expect(composer.title).toBeInViewport({ ratio: 1 });
  await expect(composer.body).toBeInViewport();
  const bodyBox = await composer.body.boundingBox();
  expect(bodyBox && 768 - bodyBox.y).toBeGreaterThan(150);
  const side = page.getByRole('complementary', { name: 'Estado, traducción y archivos' });
  await expect(side.getByRole('button', { name: 'Enviar a revisión' })).toBeInViewport();
  await expect(side.getByRole('button', { name: 'Crear versión en inglés' })).toBeInViewport();
  await expect(side.getByRole('region', { name: /^Vista previa/ })).toBeInViewport();
  // Exporting a draft is one click away, folded so the paper keeps its room.
  const exporting = side.getByRole('region', { name: 'Exportar' });
  await expect(exporting.getByRole('button', { name: 'PDF' })).toBeHidden();
  await exporting.getByText('Exportar', { exact: true }).click();
  await expect(exporting.getByRole('button', { name: 'PDF' })).toBeVisible();
  expect(await cutSelects(page)).toEqual([]);
});

test('on a 1366×768 laptop an existing draft with three bullets still opens with its body in view', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.title.fill('Egresa la primera generación de ingeniería aeroespacial del IPN');
  for (const bullet of ['Son 120 egresados', 'Trabajarán en la industria', 'La carrera se abrió en 2021']) await composer.addBullet(bullet);
  await composer.body.click();
  await page.keyboard.type('El Instituto Politécnico Nacional celebró la ceremonia de graduación.');
  await composer.waitUntilSaved();
  await page.reload();
  await expect(composer.body.locator('p').first()).toBeInViewport({ ratio: 1 });
});

test('an existing draft with a title does not steal the cursor', async ({ app }) => {
  const { page } = app;
  const composer = new ComposerPage(page);
  await composer.createFromList();
  await composer.title.fill('Ya tiene título');
  await composer.waitUntilSaved();
  await page.reload();
  await expect(composer.title).toHaveValue('Ya tiene título');
  await expect(composer.title).not.toBeFocused();
});
