/**
 * How failed sign-ins are slowed, per profile tried and per place they come from: a few are free, then each further
 * attempt waits twice as long as the last, and after `lockAfter` failures the profile or place is locked for a while.
 * A place has more room than a profile: on an office server it is a whole network (many desks behind one address),
 * whose people's mistyped passphrases add up, while guessing one profile's stays as slow. Failures are forgotten once
 * `lockMs` passes without another one, and a profile's on a right passphrase.
 */
export const signInThrottle = {
  /** One profile: failures that cost nothing (a mistyped passphrase or two), and those that lock it. */
  profile: { freeFailures: 3, lockAfter: 10 },
  /** One place: the same for every name tried from it together. */
  place: { freeFailures: 10, lockAfter: 20 },
  /** The wait after the first failure past the free ones; it doubles with each further failure. */
  firstDelayMs: 1000,
  /** How long a lock lasts, and how long failures are remembered without another one. */
  lockMs: 15 * 60 * 1000,
} as const;

/** What failures are counted on: a profile tried, or the place attempts come from. */
export type ThrottledKind = 'profile' | 'place';

/** The failures so far of one profile or one place: how many, and when the last was (epoch milliseconds). */
export interface FailedSignIns {
  failures: number;
  lastAt: number;
}

/** Whether failures recorded so long ago no longer count at `now`. */
export function signInFailuresForgotten(record: FailedSignIns, now: number): boolean {
  return now - record.lastAt >= signInThrottle.lockMs;
}

/** The first moment (epoch milliseconds) another attempt is heard after these failures; `null` when it may come now. */
export function signInRetryAt(record: FailedSignIns, now: number, kind: ThrottledKind = 'profile'): number | null {
  const { freeFailures, lockAfter } = signInThrottle[kind];
  if (signInFailuresForgotten(record, now) || record.failures < freeFailures) return null;
  const wait = record.failures >= lockAfter ? signInThrottle.lockMs : signInThrottle.firstDelayMs * 2 ** (record.failures - freeFailures);
  const retryAt = record.lastAt + wait;
  return retryAt > now ? retryAt : null;
}

/**
 * The moment to try again as a clock reads it, in local time: to the second for a wait under a minute, else the next
 * whole minute (so trying at the minute said always works).
 */
export function signInRetryClock(retryAt: number, now: number): string {
  const two = (value: number) => String(value).padStart(2, '0');
  if (retryAt - now < 60_000) {
    const at = new Date(retryAt);
    return `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
  }
  const at = new Date(Math.ceil(retryAt / 60_000) * 60_000);
  return `${two(at.getHours())}:${two(at.getMinutes())}`;
}
