import type { FailedSignIns } from '../../shared/auth/signInThrottle';
import { signInFailuresForgotten, signInRetryAt } from '../../shared/auth/signInThrottle';
import type { SignInAttempts } from './SignInAttempts';

/** A key's failures, and when the one before the last was (to take the last back). */
interface Record extends FailedSignIns {
  previousAt: number;
}

/** Failed sign-ins kept in this back-end process; forgotten on their own once the throttle no longer counts them. */
export function memorySignInAttempts(): SignInAttempts {
  const records = new Map<string, Record>();
  const latest = (keys: readonly string[], now: number) =>
    keys.reduce<number | null>((found, key) => {
      const record = records.get(key);
      const at = record ? signInRetryAt(record, now, key.startsWith('source:') ? 'place' : 'profile') : null;
      return at !== null && (found === null || at > found) ? at : found;
    }, null);
  return {
    retryAt: latest,
    fail(keys, now) {
      // Old records go as new ones come, so names tried once do not pile up.
      for (const [key, record] of records) if (signInFailuresForgotten(record, now)) records.delete(key);
      for (const key of keys) {
        const record = records.get(key);
        records.set(key, { failures: (record?.failures ?? 0) + 1, lastAt: now, previousAt: record?.lastAt ?? now });
      }
      return latest(keys, now);
    },
    forgive(keys) {
      for (const key of keys) records.delete(key);
    },
    withdraw(keys, at) {
      for (const key of keys) {
        const record = records.get(key);
        if (!record || record.failures <= 1) {
          records.delete(key);
          continue;
        }
        // When no failure came after the one taken back, the last failure is again the one before it.
        const lastAt = record.lastAt === at ? record.previousAt : record.lastAt;
        records.set(key, { failures: record.failures - 1, lastAt, previousAt: Math.min(record.previousAt, lastAt) });
      }
    },
  };
}
