import type { ErrorCode } from './errorCode';

/** A call that did not reach the store (the network, or the office server's own database): nothing was refused, nothing stored. */
export function notReached(code: ErrorCode): boolean {
  return code === 'UNAVAILABLE' || code === 'DATABASE_UNREACHABLE';
}
