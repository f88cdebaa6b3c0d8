import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file, beside the store, that keeps browser mode's token from one launch to the next. */
export const browserTokenFileName = 'redacta-browser-token';

/**
 * Browser mode's token for the store in `folder`: the one kept there (so a bookmark and a second tab keep working
 * after a restart), or a new one written there, readable by this user only. `renew` replaces it: every address
 * given out before stops working.
 */
export function browserToken(folder: string, renew = false): string {
  const file = join(folder, browserTokenFileName);
  if (!renew) {
    const kept = readKept(file);
    if (kept) return kept;
  }
  const token = randomBytes(32).toString('base64url');
  mkdirSync(folder, { recursive: true });
  // Written aside and renamed into place, so a half-written token is never read.
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, `${token}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(temp, 0o600);
  renameSync(temp, file);
  return token;
}

function readKept(file: string): string | null {
  try {
    const text = readFileSync(file, 'utf8').trim();
    return /^[A-Za-z0-9_-]{43}$/.test(text) ? text : null;
  } catch {
    return null;
  }
}
