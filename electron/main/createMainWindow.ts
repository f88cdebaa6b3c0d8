import { BrowserWindow } from 'electron';
import { mainWindowOptions } from './mainWindowOptions';

/** The one window: sandboxed, isolated, no Node, only our preload; DevTools only while developing. */
export function createMainWindow(url: string, preloadPath: string, packaged: boolean): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, packaged));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
