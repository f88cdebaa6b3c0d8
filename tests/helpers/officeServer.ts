import type { ChildProcessByStdio } from 'node:child_process';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { contractVersion, contractVersionHeader } from '../../shared/contract/contractVersion';

const root = join(import.meta.dirname, '..', '..');

/** An office server started the way IT starts it: `serve --office` in its own process. */
export interface OfficeServer {
  /** The address it printed (https://127.0.0.1:PORT/). */
  url: string;
  /** The fingerprint it printed. */
  fingerprint: string;
  /** Its certificate (the self-signed one it keeps in its Redacta folder, or the one given), PEM. */
  certificate: string;
  /** The process started (tsx, which runs the server in a child of its own). */
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs `redacta --db DB serve --office --listen 127.0.0.1:PORT [extra…]` with its Redacta folder in `config` (where a
 * self-signed certificate is kept), and waits for the address and fingerprint lines.
 */
export async function startOfficeServer(
  db: string,
  config: string,
  options: { port?: number; extra?: string[]; certFile?: string } = {},
): Promise<OfficeServer> {
  const args = ['electron/cli/main.ts', '--db', db, 'serve', '--office', '--listen', `127.0.0.1:${options.port ?? 0}`, ...(options.extra ?? [])];
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(join(root, 'node_modules', '.bin', 'tsx'), args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, REDACTA_LANG: 'es', XDG_CONFIG_HOME: config },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [url, fingerprint] = await new Promise<[string, string]>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`serve --office printed no address in 60 s. stderr: ${stderr}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const address = /^(https:\/\/\S+)$/m.exec(stdout)?.[1];
      const print = /SHA-256[^:]*: ([0-9A-F:]{95})$/m.exec(stdout)?.[1];
      if (address && print) {
        clearTimeout(timer);
        resolve([address, print]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve --office exited with ${code}: ${stderr}`));
    });
  });
  return {
    url,
    fingerprint,
    certificate: readFileSync(options.certFile ?? join(config, 'Redacta', 'office-certificate.pem'), 'utf8'),
    pid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** What an HTTPS call answered: its status, its JSON body, and the certificate the server presented. */
export interface OfficeAnswer {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string; details: Record<string, unknown> } };
  peerFingerprint: string;
  /** The answer's Connection header: whether the server keeps the connection open after it. */
  connection: string | undefined;
}

/** Calls a contract method on an office server, trusting only its certificate, as a client of this contract unless told. */
export function officeCall(
  server: Pick<OfficeServer, 'url' | 'certificate'>,
  method: string,
  input: unknown,
  options: { session?: string; contract?: string | null; origin?: string } = {},
): Promise<OfficeAnswer> {
  const body = JSON.stringify({ input, meta: { locale: 'es', ...(options.session ? { session: options.session } : {}) } });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const contract = options.contract === undefined ? String(contractVersion) : options.contract;
  if (contract !== null) headers[contractVersionHeader] = contract;
  if (options.origin) headers.origin = options.origin;
  return new Promise((resolve, reject) => {
    const req = request(new URL(`/api/${method}`, server.url), { method: 'POST', headers, ca: server.certificate }, (res) => {
      const peerFingerprint = (res.socket as unknown as { getPeerCertificate(): { fingerprint256: string } }).getPeerCertificate().fingerprint256;
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as OfficeAnswer['body'], peerFingerprint, connection: res.headers.connection }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}
