import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu, shell } from 'electron';
import type { Backend } from '../api/createBackend';
import { openBackend } from '../api/openBackend';
import { AppError } from '../api/AppError';
import { translate } from '../i18n/translate';
import { appOrigin } from './appOrigin';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { applicationMenuTemplate } from './applicationMenuTemplate';
import { deskRouter } from '../desk/deskRouter';
import { bindContract } from './bindContract';
import { bindDesk } from './bindDesk';
import { bindLive } from './bindLive';
import { createMainWindow } from './createMainWindow';
import { electronPrinter } from './electronPrinter';
import { hardenContents } from './hardenContents';
import { mainDatabase } from './mainArgs';
import { ownUrlMatcher } from './ownUrlMatcher';

// The Electron shell: lifecycle, one secure window, the contract over IPC. Everything else is the plain-Node back end.
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererUrl = devServerUrl ?? `${appOrigin}/index.html`;
// Our own page is its exact origin (scheme, host and port), never an address that merely starts like it.
const isOwnUrl = ownUrlMatcher(rendererUrl);

// Tests and second profiles point the app at their own folder before anything reads it.
if (process.env.REDACTA_USER_DATA) app.setPath('userData', process.env.REDACTA_USER_DATA);
app.enableSandbox();
registerAppScheme();
hardenContents(app, isOwnUrl, (url) => shell.openExternal(url));
if (!app.requestSingleInstanceLock()) app.quit();

let backend: Backend | undefined;
// PDFs print in a hidden window of their own, closed with the main window (else the app would never quit).
const printer = electronPrinter(`${devServerUrl ? devServerUrl.replace(/\/$/, '') : appOrigin}/print.html`);
let mainWindow: BrowserWindow | undefined;

void app.whenReady().then(async () => {
  const database = mainDatabase(process.argv.slice(1), process.env, app.getPath('userData'));
  try {
    backend = await openBackend(database, { nativeBinding: nativeBinding(), printer, dailyBackups: true, offerRestore: true });
  } catch (error) {
    const message = error instanceof AppError ? translate('es', `errors.${error.code}`, error.details) : String(error);
    dialog.showErrorBox('Redacta', message);
    app.exit(1);
    return;
  }
  if (!devServerUrl) serveRenderer(join(import.meta.dirname, '../renderer'));
  // The packaged app has no View menu (reload, Toggle DevTools); development keeps Electron's default one.
  if (app.isPackaged) {
    const template = applicationMenuTemplate(process.platform);
    Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);
  }
  // The screens work in this computer's database, or in the office the desk connected to (deskRouter).
  const router = deskRouter(backend, app.getPath('userData'));
  bindContract(ipcMain, router.dispatch, isOwnUrl);
  bindDesk(ipcMain, router.desk, isOwnUrl);
  bindLive(ipcMain, router.events, isOwnUrl);
  mainWindow = createMainWindow(rendererUrl, join(import.meta.dirname, '../preload/index.cjs'), app.isPackaged);
  mainWindow.on('closed', () => void printer.close());
});

// One window over one store: a second launch brings the first one forward instead of opening a second writer.
app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('window-all-closed', () => {
  void (backend?.close() ?? Promise.resolve()).finally(() => app.quit());
});

/** better-sqlite3 built for Electron's ABI by `npm start` (the tests use the Node build). */
function nativeBinding(): string | undefined {
  const fromEnv = process.env.REDACTA_NATIVE_BINDING;
  if (fromEnv) return fromEnv;
  const built = join(app.getAppPath(), '.cache', 'electron-native', `${process.versions.electron}`, 'better_sqlite3.node');
  return existsSync(built) ? built : undefined;
}
