import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/api/createBackend';
import { createBackend } from '../../../../electron/api/createBackend';
import { openPostgresBackend } from '../../../../electron/api/openPostgresBackend';
import { sessionDigest } from '../../../../electron/auth/storedSessions';
import { restoreDatabase } from '../../../../electron/backup/restoreDatabase';
import { testBackend } from '../../../helpers/backend';
import { queryDatabase } from '../../../helpers/queryDatabase';
import { tempDir } from '../../../helpers/tempDir';
import { testEngine } from '../../../helpers/testEngine';

/** The same database opened again by a new back end, as a server restarted on it. */
const reopened = (databasePath: string, office = false): Promise<Backend> =>
  databasePath.startsWith('postgres') ? openPostgresBackend(databasePath, { office }) : Promise.resolve(createBackend({ databasePath, office }));

/** A database with an administrator, and a back end on it that may be an office server's. */
async function officeWithAdmin() {
  const first = testBackend();
  await first.ok('createUser', { name: 'admin', displayName: 'Admin', roles: ['admin'], passphrase: 'frase de admin' });
  const signed = await first.ok('signIn', { name: 'admin', passphrase: 'frase de admin' });
  return { ...first, session: signed.session };
}

describe('sessions kept in the store', () => {
  it('outlive the back end: after a restart the same session still works, and signing out there ends it', async () => {
    const { backend, databasePath, session } = await officeWithAdmin();
    await backend.close();
    const restarted = await reopened(databasePath, true);
    try {
      expect(await restarted.dispatch('listUsers', {}, { session })).toMatchObject({ ok: true });
      expect(await restarted.dispatch('getSession', {}, { session })).toMatchObject({ ok: true, value: { actor: { name: 'admin' } } });
      expect(await restarted.dispatch('signOut', {}, { session })).toMatchObject({ ok: true });
      expect(await restarted.dispatch('listUsers', {}, { session })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    } finally {
      await restarted.close();
    }
  });

  it('are kept by their digest: the token itself is nowhere in the database', async () => {
    const { backend, databasePath, session } = await officeWithAdmin();
    await backend.close();
    const rows = await queryDatabase(databasePath, 'SELECT token_digest, credential FROM sessions');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_digest).toBe(sessionDigest(session));
    expect(JSON.stringify(rows)).not.toContain(session);
  });

  it('a made-up token names nobody', async () => {
    const { backend, session } = await officeWithAdmin();
    const forged = `${session.slice(0, -2)}xx`;
    expect(await backend.dispatch('listUsers', {}, { session: forged })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await backend.dispatch('listUsers', {}, { session })).toMatchObject({ ok: true });
    await backend.close();
  });
});

describe('an office server', () => {
  it('has no one-person workstation: with no profile at all, nobody is anyone and nothing is answered', async () => {
    const { backend, databasePath } = testBackend();
    // The desk's rule: no profiles, everyone holds every role.
    expect(await backend.dispatch('listCommuniques', {}, {})).toMatchObject({ ok: true });
    await backend.close();
    const office = await reopened(databasePath, true);
    try {
      expect(await office.dispatch('getSession', {}, {})).toMatchObject({ ok: true, value: { actor: null } });
      expect(await office.dispatch('listCommuniques', {}, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    } finally {
      await office.close();
    }
  });
});

describe('an office server and the disk it runs on', () => {
  // Written by hand: what acts on the back end's own disk (folders, exports to a folder, backups).
  const onTheServersDisk = ['exportToFolder', 'listFolder', 'makeFolder', 'listBackups', 'backUpNow', 'restoreBackup', 'restoreLatestBackup'] as const;

  it('refuses, even to an administrator, whatever would act on its own disk, and says so; a desk allows it', async () => {
    const { backend, databasePath, session } = await officeWithAdmin();
    expect(await backend.dispatch('listFolder', {}, { session })).toMatchObject({ ok: true });
    await backend.close();
    const office = await reopened(databasePath, true);
    try {
      for (const method of onTheServersDisk) {
        const refused = await office.dispatch(method, {}, { session, locale: 'es' });
        expect(refused, method).toMatchObject({ ok: false, error: { code: 'ON_OFFICE_SERVER' } });
        if (!refused.ok) expect(refused.error.message).toContain('su propio equipo');
      }
      expect(await office.dispatch('getSession', {}, { session })).toMatchObject({ ok: true, value: { office: true, backupsHere: false } });
      expect(await office.dispatch('renderExport', { id: 1, format: 'txt' }, { session })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      await office.close();
    }
  });
});

describe('a restored backup', () => {
  it('brings no session back: a token live when the copy was taken is refused after the restore', async () => {
    if (testEngine !== 'sqlite') return;
    const { backend, databasePath, session } = await officeWithAdmin();
    await backend.close();
    const copy = join(tempDir(), 'copia.sqlite3');
    copyFileSync(databasePath, copy);
    await restoreDatabase(databasePath, copy, new Date());
    const restored = await reopened(databasePath);
    try {
      expect(await restored.dispatch('listUsers', {}, { session })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    } finally {
      await restored.close();
    }
  });
});
