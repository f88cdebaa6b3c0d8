import { describe, expect, it } from 'vitest';
import { testOffice } from '../../../helpers/office';
import { testEngine } from '../../../helpers/testEngine';

describe('where backups are made', () => {
  it('a desk backs up its own file; an office database is backed up by its server, and the app is told so', async () => {
    const { call, backend } = await testOffice();
    const session = await call('admin', 'getSession', {});
    const listed = await call('admin', 'listBackups', {});
    const made = await call('admin', 'backUpNow', {});
    await backend.close();
    if (testEngine === 'sqlite') {
      expect(session).toMatchObject({ ok: true, value: { backupsHere: true } });
      expect(listed).toMatchObject({ ok: true, value: { isBackupsFolder: true } });
      expect(made).toMatchObject({ ok: true });
      return;
    }
    expect(session).toMatchObject({ ok: true, value: { backupsHere: false } });
    for (const refused of [listed, made])
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'BACKUPS_ON_SERVER', message: expect.stringMatching(/^La base de datos de la oficina \(postgres:\/\/.*\) se respalda en su servidor/) },
      });
  });
});
