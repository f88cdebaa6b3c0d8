import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..', '..');

/**
 * Bundles a worker script of `tests/helpers/workers` into `node_modules/.cache` and returns the file to run with
 * plain `node`: a test that starts hundreds of processes cannot pay tsx's start each time. Packages stay outside the
 * bundle and lazily imported modules stay lazy (split chunks), so a worker loads as the app does.
 */
export async function bundleWorker(script: string): Promise<string> {
  const outdir = join(root, 'node_modules', '.cache', 'redacta-workers', script.replace(/\.ts$/, ''));
  await build({
    entryPoints: { worker: join(root, 'tests', 'helpers', 'workers', script) },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  return join(outdir, 'worker.mjs');
}
