/** Why a call did not reach the server, in words a person can act on (the catalogs' `network.*`). */
export type NetworkReason = 'refused' | 'timeout' | 'notFound' | 'reset' | 'noRoute' | 'noAnswer';

// The network library's or the browser's own text for each: Node's error codes, Chromium's fetch failure.
const reasons: readonly [RegExp, NetworkReason][] = [
  [/ECONNREFUSED/, 'refused'],
  [/ETIMEDOUT|ESOCKETTIMEDOUT|timed? ?out/i, 'timeout'],
  [/ENOTFOUND|EAI_AGAIN/, 'notFound'],
  [/ECONNRESET|EPIPE|socket hang up/i, 'reset'],
  [/ENETUNREACH|EHOSTUNREACH|ENETDOWN/, 'noRoute'],
  [/Failed to fetch|NetworkError|Load failed|ERR_INTERNET_DISCONNECTED/i, 'noAnswer'],
];

/** The reason behind a transport's failure text, when it is one of the usual ones; null otherwise (the text is shown as is). */
export function networkReason(detail: string): NetworkReason | null {
  return reasons.find(([pattern]) => pattern.test(detail))?.[1] ?? null;
}
