import { X509Certificate, createPrivateKey } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/** The certificate an office server presents, with its SHA-256 fingerprint as desks pin it (AA:BB:…). */
export interface OfficeCertificate {
  cert: string;
  key: string;
  fingerprint: string;
  /** Made by this server (self-signed), rather than given by the office. */
  selfSigned: boolean;
  /** Where it is kept (the files given, or those made beside the server's data). */
  certFile: string;
}

/** Why the certificate given cannot be used, as the command line says it. */
export class CertificateProblem extends Error {
  constructor(
    readonly reason: 'unreadable' | 'notCertificate' | 'notKey' | 'keyMismatch' | 'expired',
    readonly file: string,
  ) {
    super(`${reason}: ${file}`);
  }
}

/** File names of the self-signed certificate an office server makes and keeps, so its fingerprint stays the same. */
export const selfSignedFiles = { cert: 'office-certificate.pem', key: 'office-certificate-key.pem' } as const;

/** The office's own certificate and key (`--cert`, `--key`), checked to belong together and to be in force now. */
export function givenCertificate(certFile: string, keyFile: string, now: Date): OfficeCertificate {
  const cert = readText(certFile);
  const key = readText(keyFile);
  return { ...checked(cert, key, certFile, keyFile, now), selfSigned: false, certFile };
}

/**
 * The server's self-signed certificate, kept in `folder`: the one made before (desks pinned its fingerprint), or a new
 * one for this computer's names and addresses when there is none or it has expired.
 */
export async function selfSignedCertificate(folder: string, listenHost: string, now: Date): Promise<OfficeCertificate> {
  const certFile = join(folder, selfSignedFiles.cert);
  const keyFile = join(folder, selfSignedFiles.key);
  try {
    return { ...checked(readText(certFile), readText(keyFile), certFile, keyFile, now), selfSigned: true, certFile };
  } catch (error) {
    if (!(error instanceof CertificateProblem)) throw error;
  }
  const names = namesOf(listenHost);
  const notAfter = new Date(now);
  notAfter.setFullYear(notAfter.getFullYear() + 5);
  const made = await generate([{ name: 'commonName', value: names.dns[0] ?? 'redacta' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [...names.dns.map((value) => ({ type: 2 as const, value })), ...names.ip.map((ip) => ({ type: 7 as const, ip }))] },
    ],
  });
  mkdirSync(folder, { recursive: true });
  writeAside(keyFile, made.private, 0o600);
  writeAside(certFile, made.cert, 0o644);
  return { ...checked(made.cert, made.private, certFile, keyFile, now), selfSigned: true, certFile };
}

/** The names and addresses a desk may reach this computer by: the one listened on, its host name, its addresses. */
function namesOf(listenHost: string): { dns: string[]; ip: string[] } {
  const wildcard = listenHost === '0.0.0.0' || listenHost === '::';
  const addresses = Object.values(networkInterfaces())
    .flat()
    .flatMap((entry) => (entry ? [entry.address] : []));
  const candidates = [...(wildcard ? [] : [listenHost]), hostname(), 'localhost', '127.0.0.1', '::1', ...addresses];
  const unique = [...new Set(candidates.filter((name) => name.length > 0))];
  return { dns: unique.filter((name) => isIP(name) === 0), ip: unique.filter((name) => isIP(name) !== 0) };
}

function checked(cert: string, key: string, certFile: string, keyFile: string, now: Date): Omit<OfficeCertificate, 'selfSigned' | 'certFile'> {
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch {
    throw new CertificateProblem('notCertificate', certFile);
  }
  let privateKey: ReturnType<typeof createPrivateKey>;
  try {
    privateKey = createPrivateKey(key);
  } catch {
    throw new CertificateProblem('notKey', keyFile);
  }
  if (!x509.checkPrivateKey(privateKey)) throw new CertificateProblem('keyMismatch', keyFile);
  if (now.getTime() >= Date.parse(x509.validTo)) throw new CertificateProblem('expired', certFile);
  return { cert, key, fingerprint: x509.fingerprint256 };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new CertificateProblem('unreadable', file);
  }
}

/** Written aside and renamed into place, so a half-written file is never read. */
function writeAside(file: string, text: string, mode: number): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text, { mode });
  chmodSync(temp, mode);
  renameSync(temp, file);
}
