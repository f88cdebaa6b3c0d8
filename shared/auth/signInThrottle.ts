/**
 * How failed sign-ins are slowed, per profile tried and per place they come from: a few are free, then each further
 * attempt waits twice as long as the last, and after `lockAfter` failures the profile or place is locked for a while.
 * Failures are forgotten once `lockMs` passes without another one, and a profile's on a right passphrase.
 */
export const signInThrottle = {
  /** Failures that cost nothing (a mistyped passphrase or two). */
  freeFailures: 3,
  /** The wait after the first failure past the free ones; it doubles with each further failure. */
  firstDelayMs: 1000,
  /** Failures in a row that lock the profile or place. */
  lockAfter: 10,
  /** How long a lock lasts, and how long failures are remembered without another one. */
  lockMs: 15 * 60 * 1000,
} as const;

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
export function signInRetryAt(record: FailedSignIns, now: number): number | null {
  if (signInFailuresForgotten(record, now) || record.failures < signInThrottle.freeFailures) return null;
  const wait =
    record.failures >= signInThrottle.lockAfter ? signInThrottle.lockMs : signInThrottle.firstDelayMs * 2 ** (record.failures - signInThrottle.freeFailures);
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
