import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { officesClosedAfterAll } from '../../../helpers/office';
import { tempDir } from '../../../helpers/tempDir';

const office = officesClosedAfterAll();

describe('makeFolder: a new folder from the folder chooser', () => {
  it('makes the folder inside the one shown and shows it, empty and writable', async () => {
    const { ok } = await office();
    const parent = tempDir();
    const made = await ok('dora', 'makeFolder', { parent, name: 'Boletines de noviembre' });
    expect(made).toMatchObject({ path: join(parent, 'Boletines de noviembre'), parent, folders: [], writable: true });
    expect(statSync(join(parent, 'Boletines de noviembre')).isDirectory()).toBe(true);
    expect((await ok('dora', 'listFolder', { path: parent })).folders).toEqual(['Boletines de noviembre']);
  });

  it('refuses a name no file system takes, or one that would leave the folder, and makes nothing', async () => {
    const { call } = await office();
    const parent = tempDir();
    for (const name of [
      '',
      '   ',
      '..',
      '.',
      '.oculta',
      'a/b',
      '../fuera',
      'a\\b',
      'dos:puntos',
      'termina.',
      'termina ',
      ' empieza',
      'CON',
      'nul.txt',
      'x\u0000y',
    ]) {
      expect(await call('dora', 'makeFolder', { parent, name })).toMatchObject({ ok: false, error: { code: 'INVALID_FOLDER_NAME' } });
    }
    expect(readdirSync(parent)).toEqual([]);
  });

  it('says so when the folder exists, the place is gone, or cannot be written', async () => {
    const { call } = await office();
    const parent = tempDir();
    mkdirSync(join(parent, 'Prensa'));
    expect(await call('dora', 'makeFolder', { parent, name: 'Prensa' })).toMatchObject({
      ok: false,
      error: { code: 'FOLDER_EXISTS', details: { name: 'Prensa' } },
    });
    expect(await call('dora', 'makeFolder', { parent: join(parent, 'no-existe'), name: 'Nueva' })).toMatchObject({
      ok: false,
      error: { code: 'FOLDER_NOT_FOUND' },
    });
    // A folder its user may not write in; root may write anywhere but in /sys.
    const locked = process.getuid?.() === 0 ? '/sys' : join(parent, 'Prensa');
    if (locked !== '/sys') chmodSync(locked, 0o500);
    expect(await call('dora', 'makeFolder', { parent: locked, name: 'Nueva' })).toMatchObject({ ok: false, error: { code: 'FOLDER_NOT_WRITABLE' } });
    if (locked !== '/sys') chmodSync(locked, 0o700);
    // A system folder where nothing can be made says the same, not an internal error.
    expect(await call('dora', 'makeFolder', { parent: '/proc', name: 'Nueva' })).toMatchObject({ ok: false, error: { code: 'FOLDER_NOT_WRITABLE' } });
  });
});
