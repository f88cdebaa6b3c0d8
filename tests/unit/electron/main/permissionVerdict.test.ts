import { describe, expect, it } from 'vitest';
import { ownUrlMatcher } from '../../../../electron/main/ownUrlMatcher';
import { permissionVerdict } from '../../../../electron/main/permissionVerdict';

const isOwnUrl = ownUrlMatcher('redacta://app/index.html');

// Everything a page could ask for is refused; the one exception is the «Copiar» button's clipboard write from our own page.
const refused = [
  'media',
  'display-capture',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'openExternal',
  'pointerLock',
  'fullscreen',
  'clipboard-read',
  'hid',
  'serial',
  'usb',
  'fileSystem',
  'local-fonts',
  'storage-access',
  'window-management',
  'idle-detection',
  'unknown',
];

describe('permissionVerdict', () => {
  it.each(refused)('refuses %s, even to our own page', (permission) => {
    expect(permissionVerdict(permission, 'redacta://app/index.html', isOwnUrl)).toBe(false);
  });

  it('lets our own page write the clipboard (the export panel copies a communiqué)', () => {
    expect(permissionVerdict('clipboard-sanitized-write', 'redacta://app/index.html', isOwnUrl)).toBe(true);
    expect(permissionVerdict('clipboard-sanitized-write', 'redacta://app', isOwnUrl)).toBe(true);
  });

  it.each(['https://evil.example/', 'redacta://app.evil/', 'file:///etc/passwd', '', 'null'])('refuses a clipboard write from %s', (url) => {
    expect(permissionVerdict('clipboard-sanitized-write', url, isOwnUrl)).toBe(false);
  });
});
