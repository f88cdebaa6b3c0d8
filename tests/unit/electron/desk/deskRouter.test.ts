import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deskConnectionFileName } from '../../../../electron/desk/deskConnectionFile';
import { deskRouter } from '../../../../electron/desk/deskRouter';
import { selfSignedCertificate } from '../../../../electron/host/officeCertificate';
import type { Result } from '../../../../shared/contract/result';
import { testBackend } from '../../../helpers/backend';
import { officeCall, startOfficeServer } from '../../../helpers/officeServer';
import { readyContent } from '../../../helpers/readyContent';
import { tempDir } from '../../../helpers/tempDir';

/** An office database with a writer, Ana. */
async function officeDatabase(): Promise<string> {
  const { backend, ok, databasePath } = testBackend();
  await ok('createUser', { name: 'admin', displayName: 'Admin', roles: ['admin'], passphrase: 'frase de admin' });
  const admin = await ok('signIn', { name: 'admin', passphrase: 'frase de admin' });
  await backend.dispatch('createUser', { name: 'ana', displayName: 'Ana', roles: ['redaccion'], passphrase: 'frase de ana' }, { session: admin.session });
  await backend.close();
  return databasePath;
}

/** A desk of its own: a database of this computer (no profiles: one person) and its user-data folder. */
function aDesk(folder = tempDir()) {
  const { backend, ok } = testBackend();
  return { local: backend, localOk: ok, folder, router: deskRouter(backend, folder) };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function code(result: Result<unknown>): string {
  return result.ok ? 'ok' : result.error.code;
}

const es = { locale: 'es' };

describe('a desk connecting to the office (deskRouter)', { timeout: 120_000 }, () => {
  it('pins the certificate on first use, once the person confirmed its fingerprint, and then works in the office', async () => {
    const server = await startOfficeServer(await officeDatabase(), tempDir());
    const { local, localOk, folder, router } = aDesk();
    try {
      await localOk('createCommunique', { content: readyContent('Nota de este equipo') });
      // First use: nothing is pinned and nothing is sent but the TLS hello; the person is shown the fingerprint.
      const first = await router.desk('connectToOffice', { url: server.url }, es);
      expect(first).toMatchObject({ ok: false, error: { code: 'OFFICE_CERTIFICATE_NEW', details: { fingerprint: server.fingerprint } } });
      expect(value(await router.desk('getDeskConnection', {}, es))).toEqual({ office: null });
      // Confirming another fingerprint than the one presented is refused as a changed certificate.
      const other = server.fingerprint.replace(/^../, server.fingerprint.startsWith('00') ? '11' : '00');
      expect(code(await router.desk('connectToOffice', { url: server.url, fingerprint: other }, es))).toBe('OFFICE_CERTIFICATE_CHANGED');
      const office = value(await router.desk('connectToOffice', { url: server.url, fingerprint: server.fingerprint.toLowerCase() }, es));
      expect(office).toEqual({ url: server.url.replace(/\/$/, ''), fingerprint: server.fingerprint });

      // Every screen's call now goes to the office: its sign-in, its people, its communiqués.
      expect(value(await router.dispatch('getSession', {}, es))).toMatchObject({ actor: null, office: true, backupsHere: false });
      const signed = value(await router.dispatch('signIn', { name: 'ana', passphrase: 'frase de ana' }, es)) as { session: string };
      const ana = { ...es, session: signed.session };
      // Named by the desk: sent twice (an answer lost on the way back), the office makes it once.
      const draftKey = '0b5e8f0c-6a51-4d8e-9a43-2f6f3c1d7e21';
      const made = value(await router.dispatch('createCommunique', { content: readyContent('Nota desde el portátil'), draftKey }, ana)) as { id: number };
      const resent = value(await router.dispatch('createCommunique', { content: readyContent('Nota desde el portátil'), draftKey }, ana)) as { id: number };
      expect(resent.id).toBe(made.id);
      const there = await officeCall(server, 'getCommunique', { id: made.id }, { session: signed.session });
      expect(there.body).toMatchObject({ ok: true, value: { content: { title: 'Nota desde el portátil' } } });
      const listed = value(await router.dispatch('listCommuniques', {}, ana)) as { title: string }[];
      expect(listed.map((row) => row.title)).toEqual(['Nota desde el portátil']);

      // The person's files are this computer's: its folders, and the file the office made, written here.
      const out = join(tempDir(), 'salida');
      mkdirSync(out);
      expect(value(await router.dispatch('listFolder', { path: out }, ana))).toMatchObject({ path: out, writable: true });
      const exported = value(await router.dispatch('exportToFolder', { id: made.id, format: 'txt', folder: out, ifExists: 'ask' }, ana)) as {
        fileName: string;
        outcome: string;
      };
      expect(exported.outcome).toBe('written');
      expect(readFileSync(join(out, exported.fileName), 'utf8')).toContain('Nota desde el portátil');
      expect(code(await router.dispatch('exportToFolder', { id: made.id, format: 'txt', folder: out, ifExists: 'ask' }, ana))).toBe('FILE_EXISTS');
      // The office's backups are its IT's, from this desk as from a browser.
      expect(code(await router.dispatch('listBackups', {}, ana))).toBe('ON_OFFICE_SERVER');

      // Back to this computer: its own database, as it was.
      value(await router.desk('leaveOffice', {}, es));
      const mine = value(await router.dispatch('listCommuniques', {}, es)) as { title: string }[];
      expect(mine.map((row) => row.title)).toEqual(['Nota de este equipo']);
      // The pin stays, and a new start of the desk reads it: coming back needs no confirmation, and is checked.
      const again = deskRouter(local, folder);
      expect(value(await again.desk('connectToOffice', { url: server.url }, es))).toEqual(office);
      expect(value(await deskRouter(local, folder).desk('getDeskConnection', {}, es))).toEqual({ office });
    } finally {
      await server.stop();
      await local.close();
    }
  });

  it('passes on the office’s live stream for the session: what others do arrives at this desk', async () => {
    const server = await startOfficeServer(await officeDatabase(), tempDir());
    const { local, router } = aDesk();
    try {
      expect((await router.events('any')).status).toBe(404);
      value(await router.desk('connectToOffice', { url: server.url, fingerprint: server.fingerprint }, es));
      expect((await router.events('not a session')).status).toBe(401);
      const signed = value(await router.dispatch('signIn', { name: 'ana', passphrase: 'frase de ana' }, es)) as { session: string };
      const { status, stream } = await router.events(signed.session);
      expect(status).toBe(200);
      if (!stream) throw new Error('no stream');
      let text = '';
      const heard = new Promise<void>((resolve) => {
        stream.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('submitForReview')) resolve();
        });
      });
      // Ana, at another desk (a browser on the office), sends a text to review: this desk hears it.
      const other = await officeCall(server, 'signIn', { name: 'ana', passphrase: 'frase de ana' });
      const session = (other.body.value as { session: string }).session;
      const made = await officeCall(server, 'createCommunique', { content: readyContent('Nota que llega en vivo') }, { session });
      const { id, revision } = made.body.value as { id: number; revision: number };
      const sent = await officeCall(server, 'submitForReview', { id, revision }, { session });
      expect(sent.body.ok).toBe(true);
      await heard;
      expect(text).toMatch(new RegExp(`"communiqueId":${id}`));
      stream.destroy();
    } finally {
      await server.stop();
      await local.close();
    }
  });

  it('refuses an office whose certificate changed, sending it nothing, until the person forgets it on purpose', async () => {
    const db = await officeDatabase();
    const first = await startOfficeServer(db, tempDir());
    const port = Number(new URL(first.url).port);
    const { local, router } = aDesk();
    let impostor: Awaited<ReturnType<typeof startOfficeServer>> | undefined;
    try {
      value(await router.desk('connectToOffice', { url: first.url, fingerprint: first.fingerprint }, es));
      await first.stop();
      // Same address, another certificate (another Redacta folder makes its own): another machine, as far as the desk knows.
      impostor = await startOfficeServer(db, tempDir(), { port });
      expect(impostor.fingerprint).not.toBe(first.fingerprint);
      const call = await router.dispatch('signIn', { name: 'ana', passphrase: 'frase de ana' }, es);
      expect(call).toMatchObject({
        ok: false,
        error: { code: 'OFFICE_CERTIFICATE_CHANGED', details: { expected: first.fingerprint, found: impostor.fingerprint } },
      });
      if (!call.ok) expect(call.error.message).toContain('No se envió nada');
      // Nobody signed in over there: the passphrase never left this computer.
      const sessions = await officeCall(impostor, 'signIn', { name: 'ana', passphrase: 'otra' });
      expect(sessions.body.error?.code).toBe('SIGN_IN_FAILED');
      expect(code(await router.desk('connectToOffice', { url: first.url, fingerprint: impostor.fingerprint }, es))).toBe('OFFICE_CERTIFICATE_CHANGED');
      // Forgotten on purpose (IT renewed it): the next connection is a first use again, compared by the person.
      value(await router.desk('forgetOffice', { url: first.url }, es));
      expect(value(await router.desk('getDeskConnection', {}, es))).toEqual({ office: null });
      expect(code(await router.desk('connectToOffice', { url: first.url }, es))).toBe('OFFICE_CERTIFICATE_NEW');
    } finally {
      await impostor?.stop();
      await first.stop();
      await local.close();
    }
  });

  it('says what is wrong with an address, an office that does not answer, or a server that is not an office', async () => {
    const { local, router } = aDesk();
    // Some other HTTPS server (a certificate made the way an office makes its own), answering anything with a page.
    const { cert, key } = await selfSignedCertificate(tempDir(), '127.0.0.1', new Date());
    const plain = createServer({ cert, key }, (_req, res) => res.end('<html>hola</html>'));
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    try {
      for (const url of ['http://127.0.0.1:47443', 'https://oficina/ruta', 'ftp://oficina', 'https://ana:clave@oficina', '']) {
        expect(code(await router.desk('connectToOffice', { url }, es)), url).toBe('OFFICE_ADDRESS_INVALID');
      }
      const closed = await router.desk('connectToOffice', { url: '127.0.0.1:9' }, es);
      expect(closed).toMatchObject({ ok: false, error: { code: 'OFFICE_UNREACHABLE', details: { url: 'https://127.0.0.1:9' } } });
      const url = `https://127.0.0.1:${(plain.address() as AddressInfo).port}`;
      const first = await router.desk('connectToOffice', { url }, es);
      const fingerprint = first.ok ? '' : String(first.error.details.fingerprint);
      expect(code(await router.desk('connectToOffice', { url, fingerprint }, es))).toBe('NOT_AN_OFFICE');
      expect(value(await router.desk('getDeskConnection', {}, es))).toEqual({ office: null });
      expect(code(await router.desk('connectToOffice', { url: 42 }, es))).toBe('INVALID_INPUT');
      expect(code(await router.desk('dropTables', {}, es))).toBe('UNKNOWN_METHOD');
    } finally {
      plain.close();
      await local.close();
    }
  });

  it('reads a connection file that is not its own as none, and keeps it aside', async () => {
    const folder = tempDir();
    writeFileSync(join(folder, deskConnectionFileName), '{"current": 7');
    const { local, router } = aDesk(folder);
    try {
      expect(value(await router.desk('getDeskConnection', {}, es))).toEqual({ office: null });
      expect(readdirSync(folder).some((name) => name.startsWith(`${deskConnectionFileName}.unreadable-`))).toBe(true);
    } finally {
      await local.close();
    }
  });
});
