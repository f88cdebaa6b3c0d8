/** How long a session lasts: it ends after `idleMs` without a call, and `absoluteMs` after signing in whatever happens. */
export const sessionLifetime = {
  /** Twelve hours without a call (a night away from the desk). */
  idleMs: 12 * 60 * 60 * 1000,
  /** Seven days after signing in, however busy. */
  absoluteMs: 7 * 24 * 60 * 60 * 1000,
} as const;

/** When a session opened at `openedAt` and last used at `usedAt` (epoch milliseconds) ends. */
export function sessionEndsAt(openedAt: number, usedAt: number): number {
  return Math.min(usedAt + sessionLifetime.idleMs, openedAt + sessionLifetime.absoluteMs);
}
