import { normalFingerprint } from './fingerprint';

/**
 * What a desk does with the certificate an office presents: `pinned` (the one it knew: go on), `first-use` (never seen:
 * the person compares it with the one IT gave before anything is sent), `confirmed` (the person compared this very one:
 * pin it and go on), `changed` (not the one pinned, or not the one the person compared: refuse, say so).
 */
export type PinVerdict = 'pinned' | 'first-use' | 'confirmed' | 'changed';

/** The verdict on the `presented` fingerprint, given the one this desk pinned for that office and the one the person confirmed. */
export function pinVerdict(pinned: string | undefined, presented: string, confirmed: string | undefined): PinVerdict {
  const same = (a: string, b: string) => normalFingerprint(a) !== null && normalFingerprint(a) === normalFingerprint(b);
  if (pinned !== undefined) return same(pinned, presented) ? 'pinned' : 'changed';
  if (confirmed === undefined) return 'first-use';
  return same(confirmed, presented) ? 'confirmed' : 'changed';
}
