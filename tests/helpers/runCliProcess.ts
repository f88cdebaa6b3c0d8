import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** What a CLI process did. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const root = join(import.meta.dirname, '..', '..');

/** Runs the real CLI in its own process, as `npm run -s redacta -- …` does. */
export function runCliProcess(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['electron/cli/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, REDACTA_LANG: 'es', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
