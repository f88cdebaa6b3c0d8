import type { IncomingMessage } from 'node:http';
import { request } from 'node:https';
import { connect } from 'node:tls';
import type { TLSSocket } from 'node:tls';
import { contractVersion, contractVersionHeader } from '../../shared/contract/contractVersion';
import type { Transport } from '../../shared/contract/redactaApi';
import type { Result } from '../../shared/contract/result';
import { unavailable } from '../../shared/contract/result';
import { maxBodyBytes } from '../host/readJsonBody';

/** The office server's certificate is not the one pinned: nothing was sent to it. */
export class OfficeCertificateChanged extends Error {
  constructor(
    readonly expected: string,
    readonly found: string,
  ) {
    super(`office certificate changed: expected ${expected}, found ${found}`);
  }
}

/** How to reach an office server: its address, and the certificate fingerprint to pin (else Node's trust: its CAs, NODE_EXTRA_CA_CERTS). */
export interface OfficeAddress {
  url: string;
  fingerprint?: string | undefined;
}

/** How long a call may take before the office counts as unreachable (an export of many pages takes a while). */
const callTimeoutMs = 120_000;

/**
 * Carries contract calls to an office server as `POST /api/<method>` over HTTPS, with this program's contract version.
 * With a pinned fingerprint the TLS connection is made and its certificate compared first, so no byte (a passphrase,
 * a session) reaches another server; a network failure answers `UNAVAILABLE`, as the renderer's transport does.
 */
export function officeTransport(address: OfficeAddress): Transport {
  const base = new URL(address.url);
  return async (method, input, meta) => {
    const body = Buffer.from(JSON.stringify({ input, meta }));
    let socket: TLSSocket | undefined;
    try {
      socket = address.fingerprint ? await pinnedSocket(base, address.fingerprint) : undefined;
    } catch (error) {
      if (error instanceof OfficeCertificateChanged) throw error;
      return unavailable(error instanceof Error ? error.message : String(error));
    }
    return new Promise<Result<unknown>>((resolve, reject) => {
      const req = request(
        new URL(`/api/${method}`, base),
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': body.length, [contractVersionHeader]: String(contractVersion) },
          timeout: callTimeoutMs,
          ...(socket ? { createConnection: () => socket } : {}),
        },
        (res) => void readResult(res).then(resolve, reject),
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error) => resolve(unreached(error.message, (error as NodeJS.ErrnoException).code)));
      req.end(body);
    });
  };
}

/** How long reaching the office's TLS port may take before it counts as unreachable. */
const connectTimeoutMs = 15_000;

/** A TLS connection to the office, whatever its certificate (the caller compares it). */
async function openSocket(base: URL): Promise<TLSSocket> {
  const host = base.hostname.replace(/^\[|\]$/g, '');
  const socket = connect({ host, port: Number(base.port || 443), servername: /^[\d.:]+$/.test(host) ? undefined : host, rejectUnauthorized: false });
  socket.setTimeout(connectTimeoutMs, () => socket.destroy(new Error('timeout')));
  await new Promise<void>((resolve, reject) => {
    socket.once('secureConnect', () => resolve());
    socket.once('error', reject);
  }).catch((error: unknown) => {
    socket.destroy();
    throw error;
  });
  socket.setTimeout(0);
  return socket;
}

/** The SHA-256 fingerprint of the certificate the office at `url` presents (nothing is sent to it). */
export async function presentedFingerprint(url: string): Promise<string> {
  const socket = await openSocket(new URL(url));
  const found = socket.getPeerCertificate().fingerprint256 ?? '';
  socket.destroy();
  return found;
}

/** A TLS connection to the office whose certificate is the pinned one (compared before anything is sent). */
export async function pinnedSocket(base: URL, fingerprint: string): Promise<TLSSocket> {
  const socket = await openSocket(base);
  const found = socket.getPeerCertificate().fingerprint256 ?? '';
  if (found.toUpperCase() !== fingerprint.toUpperCase()) {
    socket.destroy();
    throw new OfficeCertificateChanged(fingerprint.toUpperCase(), found);
  }
  return socket;
}

async function readResult(res: IncomingMessage): Promise<Result<unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    size += (chunk as Buffer).length;
    // An answer larger than any the office sends is not one of its answers.
    if (size > 4 * maxBodyBytes) return unavailable('answer too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Result<unknown>;
  } catch {
    return unavailable(`HTTP ${res.statusCode ?? 0}`);
  }
}

/** Node's codes for a certificate it does not trust: the office was reached, its certificate is the matter. */
const untrustedCertificate =
  /^(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|ERR_TLS_CERT_ALTNAME_INVALID)$/;

/** Unreachable, saying when the reason is a certificate this computer does not trust. */
function unreached(detail: string, code?: string): Result<never> {
  return unavailable(detail, code && untrustedCertificate.test(code) ? { untrusted: code } : {});
}
