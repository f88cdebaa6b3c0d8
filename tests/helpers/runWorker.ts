import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** A worker process started and waiting at its starting line. */
export interface StartedWorker {
  /** Lets it run. */
  go(): void;
  /** Its stdout after the starting line, once it exits cleanly; rejects with its stderr otherwise. */
  done: Promise<string>;
}

/**
 * Starts a worker script of `tests/helpers/workers` in its own OS process and resolves once it is ready (it prints
 * `ready` after its set-up and waits for `go` on stdin), so that several workers start their work together.
 */
export function startWorker(script: string, args: string[]): Promise<StartedWorker> {
  return new Promise((resolveReady, rejectReady) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'tests', 'helpers', 'workers', script), ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    let ready = false;
    const done = new Promise<string>((resolve, reject) => {
      child.on('close', (code) => (code === 0 ? resolve(stdout.replace(/^ready\n/, '')) : reject(new Error(`${script} exited ${code}: ${stderr}`))));
    });
    done.catch(rejectReady);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!ready && stdout.startsWith('ready\n')) {
        ready = true;
        resolveReady({ go: () => child.stdin.end('go\n'), done });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', rejectReady);
  });
}

/** Starts workers, waits until every one is ready, then lets them all go at once; resolves with their outputs. */
export async function raceWorkers(script: string, argsOfEach: string[][]): Promise<string[]> {
  const workers = await Promise.all(argsOfEach.map((args) => startWorker(script, args)));
  for (const worker of workers) worker.go();
  return Promise.all(workers.map((worker) => worker.done));
}
