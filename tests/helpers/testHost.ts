import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { RunningHost } from '../../electron/host/startHost';
import { startHost } from '../../electron/host/startHost';
import { testBackend } from './backend';
import { tempDir } from './tempDir';

const running: RunningHost[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((host) => host.close()));
});

/** A browser-mode host on a free port over a real back end and a stand-in built interface; closed after the test. */
export async function testHost(prepare: (renderer: string) => void = () => undefined) {
  const renderer = tempDir();
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Redacta</title>');
  prepare(renderer);
  const test = testBackend();
  const host = await startHost({ dispatch: test.backend.dispatch, rendererDir: renderer, port: 0 });
  running.push(host);
  return { ...host, test };
}
