/** Failed sign-ins remembered per key (`profile:NAME` tried, `source:PLACE` calls come from), read by the shared throttle rule. */
export interface SignInAttempts {
  /** The first moment another attempt on these keys is heard (the latest of theirs), or null when it may come now. */
  retryAt(keys: readonly string[], now: number): number | null;
  /** Counts a failure on every key; returns the moment the next attempt is heard, or null. */
  fail(keys: readonly string[], now: number): number | null;
  /** Forgets the failures of these keys (a right passphrase, for the profile). */
  forgive(keys: readonly string[]): void;
  /** Takes back one failure counted at `at` on these keys (an attempt counted before its check, which proved right). */
  withdraw(keys: readonly string[], at: number): void;
}
