import { spawn } from 'node:child_process';

/** A worker process started ahead of its turn, to be given a job and killed with SIGKILL. */
export interface KillableWorker {
  /** Its process id (temporary export files carry it). */
  pid: number;
  /** Resolves once it has loaded and waits for its job. */
  ready: Promise<void>;
  /** Sends the job (one JSON line) and resolves when the worker says it is at work; rejects if it dies first. */
  begin(job: unknown): Promise<void>;
  /** Kills it at once and resolves with every line it printed (its stderr joined in `stderr`). */
  kill(): Promise<{ lines: string[]; stderr: string; exitedEarly: boolean }>;
}

/** Starts a bundled worker with plain node (see bundleWorker). */
export function startKillableWorker(bundle: string, args: string[] = []): KillableWorker {
  const child = spawn(process.execPath, [bundle, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let exited = false;
  const waiters: { line: string; resolve: () => void; reject: (error: Error) => void }[] = [];
  const lines = () => stdout.split('\n').filter((line) => line !== '');
  const settle = () => {
    for (const waiter of [...waiters]) {
      if (lines().includes(waiter.line)) waiter.resolve();
      else if (exited) waiter.reject(new Error(`worker ended before "${waiter.line}": ${stdout}${stderr}`));
      else continue;
      waiters.splice(waiters.indexOf(waiter), 1);
    }
  };
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    settle();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.on('close', () => {
    exited = true;
    settle();
  });
  // A write to a worker that died already must not throw in the test process.
  child.stdin.on('error', () => undefined);
  const waitFor = (line: string) =>
    new Promise<void>((resolve, reject) => {
      waiters.push({ line, resolve, reject });
      settle();
    });
  const ready = waitFor('ready');
  // A worker killed before its turn never gets ready: that is no failure unless someone waits for it.
  ready.catch(() => undefined);
  return {
    pid: child.pid ?? 0,
    ready,
    begin(job) {
      child.stdin.write(`${JSON.stringify(job)}\n`);
      return waitFor('working');
    },
    async kill() {
      const exitedEarly = exited;
      child.kill('SIGKILL');
      await closed;
      return { lines: lines(), stderr, exitedEarly };
    },
  };
}
