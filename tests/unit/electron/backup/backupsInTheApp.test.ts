import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder } from '../../../../electron/backup/backupFolder';
import { damageDatabase } from '../../../helpers/damageDatabase';
import { testOffice } from '../../../helpers/office';
import { tempDir } from '../../../helpers/tempDir';

// An administrator's backups from the app: made while people work, restored with everything refused changing nothing.

describe('backups from the app', { timeout: 120_000 }, () => {
  it('an administrator makes a copy now, and restoring it brings back what it held, keeps the replaced database aside and signs everyone out', async () => {
    const office = await testOffice();
    expect(await office.ok('admin', 'listBackups', {})).toEqual({ folder: backupFolder(office.databasePath), isBackupsFolder: true, backups: [] });
    await office.ok('ana', 'createCommunique', { content: { title: 'Lo que estaba en la copia' } });
    const copy = await office.ok('admin', 'backUpNow', {});
    expect(copy.file.startsWith(backupFolder(office.databasePath))).toBe(true);
    expect(copy.bytes).toBeGreaterThan(0);
    expect((await office.ok('admin', 'listBackups', {})).backups).toEqual([copy]);
    await office.ok('ana', 'createCommunique', { content: { title: 'Lo escrito después' } });

    const restored = await office.ok('admin', 'restoreBackup', { file: copy.file });
    expect(restored).toMatchObject({ takenAt: copy.takenAt, keptAside: expect.stringContaining('before-restore-') });
    expect(existsSync(restored.keptAside ?? '')).toBe(true);
    // Every session ended with the store it belonged to: the admin signs in again and finds the copy's contents.
    expect(await office.call('admin', 'listCommuniques', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const signed = await office.backend.dispatch('signIn', { name: 'admin', passphrase: 'frase de acceso de admin' }, { locale: 'es' });
    const session = signed.ok ? (signed.value as { session: string }).session : '';
    const listed = await office.backend.dispatch('listCommuniques', {}, { locale: 'es', session });
    expect(listed.ok && (listed.value as { title: string }[]).map((row) => row.title)).toEqual(['Lo que estaba en la copia']);
    // Newest first: the admin's sign-in, then the restore.
    const audit = await office.backend.dispatch('listAudit', {}, { locale: 'es', session });
    expect(audit.ok && (audit.value as { action: string; actor: string }[])[1]).toMatchObject({ action: 'backup-restored', actor: 'admin' });
    await office.backend.close();
  });

  it('refuses a damaged copy, a file that is not a backup and the database itself, changing nothing and signing nobody out', async () => {
    const office = await testOffice();
    await office.ok('ana', 'createCommunique', { content: { title: 'Sigue aquí' } });
    const copy = await office.ok('admin', 'backUpNow', {});
    const elsewhere = tempDir();
    const damaged = join(elsewhere, 'redacta-2026-01-01T000000Z.sqlite3');
    copyFileSync(copy.file, damaged);
    damageDatabase(damaged);
    const named = join(elsewhere, 'otra-cosa.sqlite3');
    copyFileSync(copy.file, named);
    const refusals = [
      [damaged, 'BACKUP_DAMAGED'],
      [named, 'NOT_A_REDACTA_DATABASE'],
      [join(elsewhere, 'redacta-2026-01-02T000000Z.sqlite3'), 'NOT_A_REDACTA_DATABASE'],
    ] as const;
    for (const [file, code] of refusals) expect(await office.call('admin', 'restoreBackup', { file })).toMatchObject({ ok: false, error: { code } });
    expect(await office.call('admin', 'restoreBackup', { file: office.databasePath })).toMatchObject({ ok: false });
    expect(await office.call('admin', 'listBackups', { folder: join(elsewhere, 'no-existe') })).toMatchObject({
      ok: false,
      error: { code: 'FOLDER_NOT_FOUND' },
    });
    const listed = await office.ok('ana', 'listCommuniques', {});
    expect(listed.map((row) => row.title)).toEqual(['Sigue aquí']);
    expect(readdirSync(backupFolder(office.databasePath)).filter((name) => name.startsWith('before-restore-'))).toEqual([]);
    await office.backend.close();
  });

  it('a copy into another folder is a new file there, and nothing that folder held is deleted', async () => {
    const office = await testOffice();
    const usb = tempDir();
    // Older copies on the stick: the retention rule is the backups folder's, never another folder's.
    const old = Array.from({ length: 12 }, (_, i) => `redacta-2025-${String(i + 1).padStart(2, '0')}-01T000000Z.sqlite3`);
    for (const name of old) writeFileSync(join(usb, name), '');
    writeFileSync(join(usb, 'notas.txt'), 'no tocar');
    const copy = await office.ok('admin', 'backUpNow', { folder: usb });
    expect(readdirSync(usb).sort()).toEqual([...old, copy.file.slice(usb.length + 1), 'notas.txt'].sort());
    expect((await office.ok('admin', 'listBackups', { folder: usb })).backups[0]).toEqual(copy);
    expect(await office.call('ana', 'backUpNow', { folder: usb })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await office.backend.close();
  });
});
