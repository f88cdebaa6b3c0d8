import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElectronApplication, Page } from '@playwright/test';
import { _electron, test as base } from '@playwright/test';
import { electronExecutable, ensureElectronNativeBinding } from '../../../scripts/electronRuntime.mjs';
import { startServe } from './startServe';

/** Which Redacta the specs drive: the browser-mode host in Chromium, or the Electron window. */
export type AppMode = 'browser' | 'electron';

/** A running Redacta with its own database, and the first page a user sees. */
export interface RedactaApp {
  mode: AppMode;
  page: Page;
  databasePath: string;
  /** Opens the app a second time on the same database (browser mode: a second tab). */
  openAnotherWindow(): Promise<Page>;
}

const root = join(import.meta.dirname, '..', '..', '..');

/** Why the Electron project is skipped on machines like this one. */
export const electronSkipReason =
  "Electron's binary is not installed on this machine (npm install could not download it); these specs ran in browser mode instead";

export const test = base.extend<{ app: RedactaApp; appMode: AppMode }>({
  appMode: ['browser', { option: true }],
  app: async ({ appMode, browser }, use, testInfo) => {
    const dir = mkdtempSync(join(tmpdir(), 'redacta-e2e-'));
    const databasePath = join(dir, 'redacta.sqlite3');
    try {
      if (appMode === 'browser') {
        const host = await startServe(databasePath);
        const context = await browser.newContext({ locale: 'es-MX' });
        const open = async () => {
          const page = await context.newPage();
          await page.goto(host.url);
          return page;
        };
        try {
          await use({ mode: appMode, page: await open(), databasePath, openAnotherWindow: open });
        } finally {
          await context.close();
          await host.stop();
        }
        return;
      }
      const executablePath = electronExecutable();
      testInfo.skip(!executablePath, electronSkipReason);
      const electronApp: ElectronApplication = await _electron.launch({
        executablePath: executablePath as string,
        args: ['.', '--db', databasePath],
        cwd: root,
        env: { ...process.env, REDACTA_USER_DATA: join(dir, 'user-data'), REDACTA_NATIVE_BINDING: ensureElectronNativeBinding(root) },
      });
      try {
        const page = await electronApp.firstWindow();
        await use({
          mode: appMode,
          page,
          databasePath,
          openAnotherWindow: () => Promise.reject(new Error('the desktop app has one window per database')),
        });
      } finally {
        await electronApp.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
