import type { MenuItemConstructorOptions } from 'electron';

/**
 * The packaged app's menu: none on Windows and Linux (Chromium keeps the editing shortcuts), and on macOS only the
 * application, Edit and Window menus its shortcuts live in. Never a View menu (reload, Toggle DevTools).
 */
export function applicationMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null;
  return [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }];
}
