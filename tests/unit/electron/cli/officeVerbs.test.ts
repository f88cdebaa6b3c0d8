import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startOfficeServer } from '../../../helpers/officeServer';
import { readyContent } from '../../../helpers/readyContent';
import { runCliProcess } from '../../../helpers/runCliProcess';
import { testBackend } from '../../../helpers/backend';
import { tempDir } from '../../../helpers/tempDir';

/** An office database with an administrator and a writer, and one draft of the writer's. */
async function officeDatabase(): Promise<string> {
  const { backend, ok, databasePath } = testBackend();
  await ok('createUser', { name: 'admin', displayName: 'Admin', roles: ['admin'], passphrase: 'frase de admin' });
  const admin = await ok('signIn', { name: 'admin', passphrase: 'frase de admin' });
  const ana = { name: 'ana', displayName: 'Ana', roles: ['redaccion' as const], passphrase: 'frase de ana' };
  await backend.dispatch('createUser', ana, { session: admin.session });
  const signed = await ok('signIn', { name: 'ana', passphrase: 'frase de ana' });
  await backend.dispatch('createCommunique', { content: readyContent('Nota desde la oficina') }, { session: signed.session });
  await backend.close();
  return databasePath;
}

const asAna = { REDACTA_PASSPHRASE: 'frase de ana' };

describe('the command line on an office server (--office)', { timeout: 120_000 }, () => {
  it('acts as the person signed in there, trusting the certificate by its pinned fingerprint; a changed one gets nothing', async () => {
    const server = await startOfficeServer(await officeDatabase(), tempDir());
    try {
      const office = ['--office', server.url, '--fingerprint', server.fingerprint, '--as', 'ana'];
      const listed = await runCliProcess([...office, 'list', '--json'], asAna);
      expect(listed.stderr).toBe('');
      expect(JSON.parse(listed.stdout)).toMatchObject([{ title: 'Nota desde la oficina' }]);
      // Without the pin, the self-signed certificate is not trusted: Node's own trust decides, and refuses it.
      const untrusted = await runCliProcess(['--office', server.url, '--as', 'ana', 'list'], asAna);
      expect(untrusted.code).toBe(1);
      expect(untrusted.stderr).toContain(`Este equipo no confía en el certificado del servidor ${server.url.replace(/\/$/, '')}`);
      expect(untrusted.stderr).toContain('--fingerprint');
      // Trusted as Node trusts: its certificate named in NODE_EXTRA_CA_CERTS.
      const caFile = join(tempDir(), 'oficina.pem');
      await import('node:fs').then(({ writeFileSync }) => writeFileSync(caFile, server.certificate));
      const trusted = await runCliProcess(['--office', server.url, '--as', 'ana', 'list', '--json'], { ...asAna, NODE_EXTRA_CA_CERTS: caFile });
      expect(trusted.code).toBe(0);
      const wrong = server.fingerprint.replace(/^../, server.fingerprint.startsWith('00') ? '11' : '00');
      const impostor = await runCliProcess(['--office', server.url, '--fingerprint', wrong, '--as', 'ana', 'list'], asAna);
      expect(impostor.code).toBe(1);
      expect(impostor.stderr).toContain('no es el esperado');
      expect(impostor.stderr).toContain('No se envió nada');
    } finally {
      await server.stop();
    }
  });

  it('exports into a folder of this computer: the server makes the file, nothing reaches its disk', async () => {
    const server = await startOfficeServer(await officeDatabase(), tempDir());
    try {
      const out = join(tempDir(), 'salida');
      mkdirSync(out);
      const run = await runCliProcess(
        ['--office', server.url, '--fingerprint', server.fingerprint, '--as', 'ana', 'export', '1', '--format', 'txt', '--out', out, '--json'],
        asAna,
      );
      expect(run.code).toBe(0);
      const [{ fileName: written }] = JSON.parse(run.stdout) as [{ fileName: string }];
      expect(existsSync(join(out, written))).toBe(true);
      expect(readFileSync(join(out, written), 'utf8')).toContain('Nota desde la oficina');
      // Again without --overwrite (the fingerprint as a browser shows it): the file of this computer is not replaced.
      const asShown = server.fingerprint.replaceAll(':', '').toLowerCase();
      const again = await runCliProcess(
        ['--office', server.url, '--fingerprint', asShown, '--as', 'ana', 'export', '1', '--format', 'txt', '--out', out],
        asAna,
      );
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('ya existe');
    } finally {
      await server.stop();
    }
  });

  it('says plainly what does not go with --office, and an address that is not the office’s', async () => {
    const bad = await runCliProcess(['--office', 'http://oficina:47443', '--as', 'ana', 'list']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('https://SERVIDOR:PUERTO');
    const both = await runCliProcess(['--office', 'https://oficina:47443', '--db', 'x.sqlite3', 'list']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('no ambos');
    const backup = await runCliProcess(['--office', 'https://oficina:47443', 'backup']);
    expect(backup.code).toBe(2);
    expect(backup.stderr).toContain('no se usa con --office');
    const print = await runCliProcess(['--office', 'https://oficina:47443', '--fingerprint', 'AB:CD', 'list']);
    expect(print.stderr).toContain('no es una huella SHA-256');
  });
});
