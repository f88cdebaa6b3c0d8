import { describe, expect, it } from 'vitest';
import { signInRetryAt, signInRetryClock } from '../../../../shared/auth/signInThrottle';

// Mexico City keeps UTC−6 all year: the clocks below are read by hand from the UTC times.
process.env.TZ = 'America/Mexico_City';

const second = 1000;
const minute = 60 * second;

// Failures so far → how long after the last one the next attempt is heard (written by hand from the rule's statement).
const waits: [number, number | null][] = [
  [1, null],
  [2, null],
  [3, 1 * second],
  [4, 2 * second],
  [5, 4 * second],
  [6, 8 * second],
  [7, 16 * second],
  [8, 32 * second],
  [9, 64 * second],
  [10, 15 * minute],
  [11, 15 * minute],
];

// The same for a place (a network many desks share): ten free, then the same doubling, locked at twenty.
const placeWaits: [number, number | null][] = [
  [9, null],
  [10, 1 * second],
  [11, 2 * second],
  [19, 512 * second],
  [20, 15 * minute],
];

describe('signInRetryAt', () => {
  it.each(placeWaits)('a place after %i failures waits %s ms', (failures, wait) => {
    const lastAt = 1_000_000;
    expect(signInRetryAt({ failures, lastAt }, lastAt, 'place')).toBe(wait === null ? null : lastAt + wait);
  });

  it.each(waits)('after %i failures the next attempt waits %s ms', (failures, wait) => {
    const lastAt = 1_000_000;
    expect(signInRetryAt({ failures, lastAt }, lastAt)).toBe(wait === null ? null : lastAt + wait);
    if (wait !== null) expect(signInRetryAt({ failures, lastAt }, lastAt + wait)).toBeNull();
  });

  it('forgets failures fifteen minutes after the last one', () => {
    expect(signInRetryAt({ failures: 12, lastAt: 0 }, 15 * minute - 1)).toBe(15 * minute);
    expect(signInRetryAt({ failures: 12, lastAt: 0 }, 15 * minute)).toBeNull();
  });

  it('says when to try again to the second under a minute, else at the next whole minute', () => {
    const now = Date.parse('2026-03-02T09:00:00Z');
    expect(signInRetryClock(Date.parse('2026-03-02T09:00:01Z'), now)).toBe('03:00:01');
    expect(signInRetryClock(Date.parse('2026-03-02T09:00:59Z'), now)).toBe('03:00:59');
    expect(signInRetryClock(Date.parse('2026-03-02T09:01:00Z'), now)).toBe('03:01');
    expect(signInRetryClock(Date.parse('2026-03-02T09:15:01Z'), now)).toBe('03:16');
  });
});
