import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The composer as a press officer sees it, found by accessible names (Spanish interface). */
export class ComposerPage {
  constructor(readonly page: Page) {}

  get series(): Locator {
    return this.page.getByRole('combobox', { name: 'Serie', exact: true });
  }
  get documentLanguage(): Locator {
    return this.page.getByRole('combobox', { name: 'Idioma del documento' });
  }
  get place(): Locator {
    return this.page.getByRole('textbox', { name: 'Lugar' });
  }
  get date(): Locator {
    return this.page.getByRole('textbox', { name: 'Fecha' });
  }
  get title(): Locator {
    return this.page.getByRole('textbox', { name: 'Título', exact: true });
  }
  get body(): Locator {
    return this.page.getByRole('textbox', { name: 'Cuerpo del comunicado' });
  }
  get status(): Locator {
    return this.page.locator('.form-status');
  }
  bullet(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Balazo ${n}`, exact: true });
  }
  bullets(): Locator {
    return this.page.getByRole('group', { name: 'Balazos' }).getByRole('textbox');
  }
  tool(name: string): Locator {
    return this.page.getByRole('toolbar', { name: 'Formato del cuerpo' }).getByRole('button', { name, exact: true });
  }

  /** Page `n` of the live preview (its pages live in a shadow root, which Playwright's CSS locators pierce). */
  previewPage(n: number): Locator {
    return this.page
      .getByRole('region', { name: /^Vista previa/ })
      .locator('.page')
      .nth(n - 1);
  }

  /** Starts a new communiqué from the list and waits for its editor. */
  async createFromList(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nuevo comunicado' }).click();
    await expect(this.page.getByRole('heading', { name: /^Comunicado #\d+$/ })).toBeVisible();
  }

  /** Adds a bullet at the end and types it. */
  async addBullet(text: string): Promise<void> {
    const count = await this.bullets().count();
    await this.page.getByRole('button', { name: 'Agregar balazo' }).click();
    await expect(this.bullet(count + 1)).toBeFocused();
    await this.page.keyboard.type(text);
  }

  /** Waits until the working copy is stored (the indicator says "Guardado a las …"). */
  async waitUntilSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /^Guardado a las / })).toBeVisible();
  }
}

/** The composer's export panel, unfolded (it is folded while the text is a draft). */
export async function exportPanel(page: Page): Promise<Locator> {
  const panel = page.getByRole('region', { name: 'Exportar' });
  const fold = panel.locator('details.side-fold');
  if (!(await fold.evaluate((details: HTMLDetailsElement) => details.open))) await panel.getByText('Exportar', { exact: true }).click();
  await expect(panel.getByRole('button', { name: 'PDF' })).toBeVisible();
  return panel;
}
