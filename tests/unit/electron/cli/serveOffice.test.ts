import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { get } from 'node:https';
import { contractVersion, contractVersionHeader } from '../../../../shared/contract/contractVersion';
import { batchedTlsClient } from '../../../helpers/batchedTlsClient';
import type { OfficeAnswer, OfficeServer } from '../../../helpers/officeServer';
import { officeCall, startOfficeServer } from '../../../helpers/officeServer';
import { runCliProcess } from '../../../helpers/runCliProcess';
import { testBackend } from '../../../helpers/backend';
import { tempDir } from '../../../helpers/tempDir';

/** Opens `/events` on an office server with a session (or none): its status, the events heard so far, and a way to hang up. */
function listen(server: OfficeServer, session: string | undefined): Promise<{ status: number; events(): unknown[]; close(): void }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { [contractVersionHeader]: String(contractVersion), ...(session ? { 'x-redacta-session': session } : {}) };
    const req = get(new URL('/events', server.url), { headers, ca: server.certificate }, (res) => {
      const heard: unknown[] = [];
      let buffer = '';
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) if (line.startsWith('data: ')) heard.push(JSON.parse(line.slice(6)));
      });
      resolve({ status: res.statusCode ?? 0, events: () => heard, close: () => req.destroy() });
    });
    req.on('error', reject);
  });
}

/** A database of the run's engine with an administrator and a writer, as IT leaves it before starting the server. */
async function officeDatabase(): Promise<string> {
  const { backend, ok, databasePath } = testBackend();
  await ok('createUser', { name: 'admin', displayName: 'Admin', roles: ['admin'], passphrase: 'frase de admin' });
  const admin = await ok('signIn', { name: 'admin', passphrase: 'frase de admin' });
  const ana = { name: 'ana', displayName: 'Ana', roles: ['redaccion'], passphrase: 'frase de ana' };
  expect(await backend.dispatch('createUser', ana, { session: admin.session })).toMatchObject({ ok: true });
  await backend.close();
  return databasePath;
}

describe('serve --office', { timeout: 120_000 }, () => {
  it('will not start on a database without a profile, and says how to make the first one', async () => {
    const { backend, databasePath } = testBackend();
    await backend.dispatch('listSeries', {});
    await backend.close();
    const run = await runCliProcess(['--db', databasePath, 'serve', '--office', '--listen', '127.0.0.1:0'], { XDG_CONFIG_HOME: tempDir() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no tiene ningún perfil');
    expect(run.stderr).toContain('users add NOMBRE --role admin');
    expect(run.stdout).toBe('');
  });

  it('serves over HTTPS with a certificate of its own, prints its fingerprint, and keeps it across restarts', async () => {
    const db = await officeDatabase();
    const config = tempDir();
    const server = await startOfficeServer(db, config);
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
      // The address typed without https:// is sent to HTTPS, on the same port.
      const plain = await fetch(server.url.replace('https:', 'http:'), { redirect: 'manual' });
      expect(plain.status).toBe(308);
      expect(plain.headers.get('location')).toBe(server.url);
      const answer = await officeCall(server, 'getSession', {});
      // The certificate presented is the one whose fingerprint was printed.
      expect(answer.peerFingerprint).toBe(server.fingerprint);
      expect(answer.body).toEqual({ ok: true, value: { actor: null, profilesExist: true, backupsHere: false, office: true } });
    } finally {
      await server.stop();
    }
    const again = await startOfficeServer(db, config);
    await again.stop();
    expect(again.fingerprint).toBe(server.fingerprint);
  });

  it('answers only signed-in people, and a session outlives a restart of the server', async () => {
    const db = await officeDatabase();
    const config = tempDir();
    const server = await startOfficeServer(db, config);
    let session = '';
    try {
      expect((await officeCall(server, 'listCommuniques', {})).body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      // Whoever opens the page is not told who works there.
      expect((await officeCall(server, 'listProfiles', {})).body).toEqual({ ok: true, value: [] });
      const signed = await officeCall(server, 'signIn', { name: 'ana', passphrase: 'frase de ana' });
      session = (signed.body.value as { session: string }).session;
      const created = await officeCall(server, 'createCommunique', { content: { title: 'Desde otro escritorio' } }, { session });
      expect(created.body).toMatchObject({ ok: true });
    } finally {
      await server.stop();
    }
    const restarted = await startOfficeServer(db, config);
    try {
      const listed = await officeCall(restarted, 'listCommuniques', {}, { session });
      expect(listed.body).toMatchObject({ ok: true, value: [{ title: 'Desde otro escritorio' }] });
    } finally {
      await restarted.stop();
    }
  });

  it('refuses a client of another contract version, a page of another site, and what would touch its own disk', async () => {
    const db = await officeDatabase();
    const server = await startOfficeServer(db, tempDir());
    try {
      const old = await officeCall(server, 'getSession', {}, { contract: '0' });
      expect(old.status).toBe(426);
      expect(old.body.error?.code).toBe('CONTRACT_MISMATCH');
      expect(old.body.error?.message).toContain(
        `Esta copia de Redacta (contrato 0) no es compatible con la del servidor de la oficina (contrato ${contractVersion})`,
      );
      expect((await officeCall(server, 'getSession', {}, { contract: null })).body.error?.code).toBe('CONTRACT_MISMATCH');
      const foreign = await officeCall(server, 'listProfiles', {}, { origin: 'https://evil.example' });
      expect(foreign.status).toBe(403);
      // Before signing in, a call is small: a megabyte sent to the sign-in is not even read.
      const heavy = await officeCall(server, 'signIn', { name: 'admin', passphrase: 'x'.repeat(1_000_000) });
      expect(heavy.status).toBe(413);
      const signed = await officeCall(server, 'signIn', { name: 'admin', passphrase: 'frase de admin' });
      const session = (signed.body.value as { session: string }).session;
      const folder = await officeCall(server, 'listFolder', {}, { session });
      expect(folder.body).toMatchObject({ ok: false, error: { code: 'ON_OFFICE_SERVER' } });
    } finally {
      await server.stop();
    }
  });

  it('slows sign-in attempts from one address, whatever profile they try', async () => {
    const db = await officeDatabase();
    const server = await startOfficeServer(db, tempDir());
    try {
      const tries = [];
      const names = ['admin', 'ana', 'nadie', 'otra', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete'];
      for (const name of names) tries.push(await officeCall(server, 'signIn', { name, passphrase: 'no es esta' }));
      // Ten failures from one network cost nothing (its people mistype too); the eleventh waits, and says why.
      expect(tries.slice(0, 10).every((answer) => answer.body.error?.code === 'SIGN_IN_FAILED')).toBe(true);
      expect(tries[10]?.status).toBe(429);
      expect(tries[10]?.body.error?.message).toContain('desde este equipo o su red');
    } finally {
      await server.stop();
    }
  });

  it('uses the office’s own certificate when given, and refuses a key that is not its own', async () => {
    const db = await officeDatabase();
    const folder = tempDir();
    const make = (name: string) =>
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:P-256',
          '-nodes',
          '-days',
          '30',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
          '-keyout',
          join(folder, `${name}.key`),
          '-out',
          join(folder, `${name}.pem`),
        ],
        { stdio: 'ignore' },
      );
    make('office');
    make('other');
    const mismatched = await runCliProcess(
      ['--db', db, 'serve', '--office', '--listen', '127.0.0.1:0', '--cert', join(folder, 'office.pem'), '--key', join(folder, 'other.key')],
      { XDG_CONFIG_HOME: tempDir() },
    );
    expect(mismatched.code).toBe(1);
    expect(mismatched.stderr).toContain('no corresponde al certificado dado');
    const alone = await runCliProcess(['--db', db, 'serve', '--office', '--cert', join(folder, 'office.pem')], { XDG_CONFIG_HOME: tempDir() });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('Dé --cert y --key juntos');
    const server = await startOfficeServer(db, tempDir(), {
      extra: ['--cert', join(folder, 'office.pem'), '--key', join(folder, 'office.key')],
      certFile: join(folder, 'office.pem'),
    });
    try {
      expect((await officeCall(server, 'listProfiles', {})).peerFingerprint).toBe(server.fingerprint);
    } finally {
      await server.stop();
    }
  });

  it('streams what lands to signed-in screens only, as it lands', async () => {
    const db = await officeDatabase();
    const server = await startOfficeServer(db, tempDir());
    try {
      expect((await listen(server, undefined)).status).toBe(401);
      const signed = await officeCall(server, 'signIn', { name: 'ana', passphrase: 'frase de ana' });
      const session = (signed.body.value as { session: string }).session;
      const stream = await listen(server, session);
      expect(stream.status).toBe(200);
      const created = await officeCall(server, 'createCommunique', { content: { title: 'Se oye en las otras mesas' } }, { session });
      const id = (created.body.value as { id: number }).id;
      await expect.poll(() => stream.events(), { timeout: 2_000 }).toContainEqual({ method: 'createCommunique', communiqueId: id, by: 'ana' });
      stream.close();
    } finally {
      await server.stop();
    }
  });

  it('a request that reaches the server with its body in one read, behind a large answer, is never refused as unreadable', async () => {
    const db = await officeDatabase();
    const server = await startOfficeServer(db, tempDir());
    const client = await batchedTlsClient(server.url, server.certificate);
    try {
      const signed = await officeCall(server, 'signIn', { name: 'ana', passphrase: 'frase de ana' });
      const session = (signed.body.value as { session: string }).session;
      // Nearly the most a body holds (2 million characters), of 3 bytes each: an answer of 5.6 MB, more than the
      // connection's buffers take in while the client does not read.
      const body = Array.from({ length: 1_900 }, () => `${'—'.repeat(39)} `.repeat(25)).join('\n\n');
      const made = await officeCall(server, 'createCommunique', { content: { title: 'Informe anual', body } }, { session });
      expect(made.body.error).toBeUndefined();
      const id = (made.body.value as { id: number }).id;
      // A call's head and body, each its own TLS record, as a browser sends them.
      const call = (method: string, input: unknown): [string, string] => {
        const json = JSON.stringify({ input, meta: { locale: 'es', session } });
        const head = [`POST /api/${method} HTTP/1.1`, `Host: ${new URL(server.url).host}`, 'Content-Type: application/json'];
        head.push(`${contractVersionHeader}: ${contractVersion}`, `Content-Length: ${Buffer.byteLength(json)}`);
        return [`${head.join('\r\n')}\r\n\r\n`, json];
      };
      client.reading(false);
      await client.send(...call('getCommunique', { id }));
      await client.answering();
      // The next call's head and body arrive in one read while the large answer is still on its way.
      await client.send(...call('listCommuniques', {}));
      client.reading(true);
      const received = await client.received(20_000);
      // The large answer arrives whole and closes the connection; the next call gets no bare 400 Bad Request.
      expect(received.match(/HTTP\/1\.1 \d{3} [A-Za-z ]+/g)).toEqual(['HTTP/1.1 200 OK']);
      expect(received).toMatch(/^connection: close\r$/im);
      const answer = JSON.parse(Buffer.from(received.slice(received.indexOf('\r\n\r\n') + 4), 'latin1').toString('utf8')) as OfficeAnswer['body'];
      expect(answer).toMatchObject({ ok: true, value: { id, content: { title: 'Informe anual' } } });
      expect(JSON.stringify(answer).match(/—/g)).toHaveLength(1_900 * 25 * 39);
      // Sent again on a new connection, as a browser does, it is answered.
      expect((await officeCall(server, 'listCommuniques', {}, { session })).body).toMatchObject({ ok: true, value: [{ title: 'Informe anual' }] });
      // A small answer keeps the connection open for the next call.
      const small = (await officeCall(server, 'listProfiles', {})).connection;
      expect(small).toBe('keep-alive');
      // So does the page (under 1 KB); its script (hundreds of KB) closes it.
      const fetched = (path: string) =>
        new Promise<{ connection?: string; text: string }>((resolve, reject) => {
          get(new URL(path, server.url), { ca: server.certificate }, (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => resolve({ connection: res.headers.connection, text }));
          }).on('error', reject);
        });
      const page = await fetched('/');
      expect(page.connection).toBe('keep-alive');
      const script = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(page.text)?.[1] ?? 'no script in the page';
      expect(await fetched(`/${script}`)).toMatchObject({ connection: 'close', text: expect.stringMatching(/.{100000}/s) });
    } finally {
      client.close();
      await server.stop();
    }
  });

  it('plain serve stays on loopback with its token: the office options are refused there', async () => {
    const run = await runCliProcess(['--db', join(tempDir(), 'x.sqlite3'), 'serve', '--listen', '0.0.0.0:47443']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--listen es para el servidor de la oficina');
  });
});
