import type { ChildProcessByStdio } from 'node:child_process';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/** A browser-mode host started the way a user starts it: the real `serve` command in its own process. */
export interface ServeProcess {
  url: string;
  origin: string;
  stop(): Promise<void>;
}

const root = join(import.meta.dirname, '..', '..', '..');

/** Runs `redacta serve --port N --db FILE` (a free port unless given) and waits for the address line it prints. */
export async function startServe(databasePath: string, port = 0): Promise<ServeProcess> {
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
    join(root, 'node_modules', '.bin', 'tsx'),
    ['electron/cli/main.ts', 'serve', '--port', String(port), '--db', databasePath],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, REDACTA_LANG: 'es' } },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`serve printed no address in 30 s. stderr: ${stderr}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = /^(http:\/\/127\.0\.0\.1:\d+\/\S*)$/m.exec(stdout)?.[1];
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
