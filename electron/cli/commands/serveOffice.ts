import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describeDatabase } from '../../db/databaseLocation';
import { userDataFolder } from '../../db/defaultDatabasePath';
import type { OfficeCertificate } from '../../host/officeCertificate';
import { CertificateProblem, givenCertificate, selfSignedCertificate } from '../../host/officeCertificate';
import { rendererDir } from '../../host/rendererDir';
import type { RunningOfficeHost } from '../../host/startOfficeHost';
import { startOfficeHost } from '../../host/startOfficeHost';
import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';
import type { Translate } from '../Translate';
import { defaultOfficeListen } from '../../host/defaultOfficeListen';
import { parseListen } from './parseListen';
import { stopRequested } from './serveCommand';

/**
 * `serve --office [--listen HOST:PORT] [--cert FILE --key FILE]`: the office server, over HTTPS on the office network,
 * until interrupted. Prints its address, then its certificate's SHA-256 fingerprint (desks pin it on first use).
 * Signed-in people only: it refuses to start before the database has a profile to sign in with.
 */
export async function serveOffice({ options, database, backend, io, t }: CliContext): Promise<void> {
  const plainOnly = (['port', 'new-token'] as const).find((option) => options[option] !== undefined);
  if (plainOnly) throw new CliError(2, t('cli.plainOnlyOption', { option: `--${plainOnly}` }));
  if ((options.cert === undefined) !== (options.key === undefined)) throw new CliError(2, t('cli.certAndKey'));
  const listen = parseListen(options.listen ?? defaultOfficeListen, t);
  const dir = rendererDir(io.env);
  if (!existsSync(join(dir, 'index.html'))) throw new CliError(1, t('cli.rendererMissing', { dir }));
  const { dispatch, changes } = await backend();
  const session = await dispatch('getSession', {}, { locale: io.locale });
  if (!session.ok) throw new CliError(1, session.error.message);
  const { profilesExist } = session.value as { profilesExist: boolean };
  if (!profilesExist) throw new CliError(1, t('cli.officeNeedsProfile', { db: describeDatabase(database) }));
  const certificate = await certificateFor(options.cert, options.key, io.env, listen.host, t);
  let host: RunningOfficeHost;
  try {
    host = await startOfficeHost({ dispatch, changes, rendererDir: dir, host: listen.host, port: listen.port, tls: certificate });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(1, t('cli.officePortInUse', { port: listen.port }));
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(1, t('cli.listenNotHere', { host: listen.host }));
    throw error;
  }
  const shown = listen.host === '0.0.0.0' || listen.host === '::' ? hostname() : listen.host;
  io.out(`https://${shown.includes(':') ? `[${shown}]` : shown}:${host.port}/`);
  io.out(t('cli.officeFingerprint', { fingerprint: certificate.fingerprint }));
  io.err(t(certificate.selfSigned ? 'cli.officeServingSelfSigned' : 'cli.officeServing', { file: certificate.certFile }));
  await stopRequested(io.stop);
  await host.close();
}

async function certificateFor(
  cert: string | undefined,
  key: string | undefined,
  env: NodeJS.ProcessEnv,
  listenHost: string,
  t: Translate,
): Promise<OfficeCertificate> {
  try {
    if (cert !== undefined && key !== undefined) return givenCertificate(cert, key, new Date());
    return await selfSignedCertificate(userDataFolder(env), listenHost, new Date());
  } catch (error) {
    if (error instanceof CertificateProblem) throw new CliError(1, t(`cli.certificate.${error.reason}`, { file: error.file }));
    throw error;
  }
}
