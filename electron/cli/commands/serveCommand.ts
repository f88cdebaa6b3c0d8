import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { userDataFolder } from '../../db/defaultDatabasePath';
import { deskRouter } from '../../desk/deskRouter';
import { browserToken } from '../../host/browserToken';
import { rendererDir } from '../../host/rendererDir';
import { startHost } from '../../host/startHost';
import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';
import { parseInteger } from '../parseInteger';
import { serveOffice } from './serveOffice';

/** A fixed port by default, so the page's origin (and what the browser keeps for it) is the same at every launch. */
export const defaultPort = 47321;

/**
 * `serve [--port N] [--new-token]`: browser mode on 127.0.0.1 until interrupted. Prints the address (with its token)
 * first. The token is kept beside the store, so the address stays the same across restarts; `--new-token` replaces it.
 * `serve --office …` is the office server instead (serveOffice).
 */
export async function serveCommand(context: CliContext): Promise<void> {
  const { options, database, backend, io, t } = context;
  if (options.office !== undefined) {
    if (options.office !== '') throw new CliError(2, t('cli.serveOfficeNoAddress'));
    return serveOffice(context);
  }
  const officeOnly = (['listen', 'cert', 'key'] as const).find((option) => options[option] !== undefined);
  if (officeOnly) throw new CliError(2, t('cli.officeOnlyOption', { option: `--${officeOnly}` }));
  const port = options.port === undefined ? defaultPort : parseInteger(options.port, '--port', t, 0);
  const dir = rendererDir(io.env);
  if (!existsSync(join(dir, 'index.html'))) throw new CliError(1, t('cli.rendererMissing', { dir }));
  // Kept beside a desk's store; for an office database, in this computer's Redacta folder.
  const deskFolder = database.engine === 'sqlite' ? dirname(database.path) : userDataFolder(io.env);
  const token = browserToken(deskFolder, options['new-token'] === true);
  // Browser mode is a desk: its screens work in its database, or in the office it connected to, as the app's do.
  const desk = deskRouter(await backend(), deskFolder);
  let host: Awaited<ReturnType<typeof startHost>>;
  try {
    host = await startHost({ dispatch: desk.dispatch, desk, rendererDir: dir, port, token });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CliError(1, t('cli.portInUse', { port }));
    throw error;
  }
  io.out(host.url);
  io.err(t('cli.serving'));
  await stopRequested(io.stop);
  await host.close();
}

/** Resolves when the person (or the test) asks the server to stop. */
export function stopRequested(signal: AbortSignal | undefined): Promise<unknown> {
  if (signal) return signal.aborted ? Promise.resolve() : once(signal, 'abort');
  return Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
}
