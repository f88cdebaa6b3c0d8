import type { ErrorCode } from '../../shared/contract/errorCode';

/** The HTTP status that carries a contract error (the body always holds the full result). */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'INVALID_INPUT':
    case 'UNKNOWN_SERIES':
      return 400;
    case 'UNAUTHORIZED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
    case 'LETTERHEAD_NOT_FOUND':
    case 'UNKNOWN_METHOD':
      return 404;
    case 'REVISION_CONFLICT':
    case 'LETTERHEAD_IN_USE':
    case 'TRANSLATION_EXISTS':
      return 409;
    case 'DATABASE_TOO_NEW':
    case 'INTERNAL':
      return 500;
    case 'UNAVAILABLE':
      return 503;
  }
}
