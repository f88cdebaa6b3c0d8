import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares a presented bearer token with the launch token in constant time. */
export function tokenMatches(authorization: string | undefined, token: string): boolean {
  const presented = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (!presented) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(token));
}
