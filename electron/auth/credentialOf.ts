import { createHash } from 'node:crypto';

/** A fingerprint of a stored passphrase hash: a session remembers it, never the hash itself. */
export function credentialOf(passphraseHash: string): string {
  return createHash('sha256').update(passphraseHash).digest('base64url');
}
