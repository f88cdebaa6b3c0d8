import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from '../../../../electron/main/applicationMenuTemplate';

/** Every role in a template, submenus included. */
function rolesOf(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? rolesOf(item.submenu) : [])]);
}

describe('applicationMenuTemplate (packaged app)', () => {
  it.each(['win32', 'linux'] as const)('has no menu bar at all on %s (Chromium keeps Ctrl+C, Ctrl+V, Ctrl+Z)', (platform) => {
    expect(applicationMenuTemplate(platform)).toBeNull();
  });

  it('keeps on macOS only what editing and quitting need: no DevTools, no reload, no View menu', () => {
    const template = applicationMenuTemplate('darwin');
    expect(template).not.toBeNull();
    const roles = rolesOf(template ?? []);
    expect(roles).toEqual(expect.arrayContaining(['appMenu', 'editMenu', 'windowMenu']));
    for (const forbidden of ['toggleDevTools', 'reload', 'forceReload', 'viewMenu']) expect(roles).not.toContain(forbidden);
  });
});
