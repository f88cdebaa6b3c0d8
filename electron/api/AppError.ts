import type { ErrorCode } from '../../shared/contract/errorCode';

/** A failure the user can act on; the dispatcher turns it into a translated contract error. */
export class AppError extends Error {
  /** The stable code the UI and CLI translate. */
  readonly code: ErrorCode;
  /** The facts behind the failure, also the message's interpolation values. */
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, details: Record<string, unknown> = {}) {
    super(`${code} ${JSON.stringify(details)}`);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}
