import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './secureWebPreferences';

/** The main window's options: only our preload, and DevTools while developing, never in the packaged app. */
export function mainWindowOptions(preloadPath: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    show: false,
    title: 'Redacta',
    webPreferences: { ...secureWebPreferences(!packaged), preload: preloadPath },
  };
}
