import type { ErrorCode } from '../../shared/contract/errorCode';

/** The HTTP status that carries a contract error (the body always holds the full result). */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'INVALID_INPUT':
    case 'LETTERHEAD_IMAGE_EXTERNAL':
    case 'INVALID_BODY':
    case 'UNKNOWN_SERIES':
    case 'INVALID_FOLDER_NAME':
    case 'SERIES_NOT_NUMBERED':
    case 'IMPORT_NO_DATE':
    case 'IMPORT_NO_NUMBER':
    case 'NOT_A_REDACTA_DATABASE':
    case 'BACKUP_DAMAGED':
      return 400;
    case 'UNAUTHORIZED':
    case 'SIGN_IN_FAILED':
      return 401;
    case 'FORBIDDEN':
    case 'SELF_APPROVAL':
    case 'OWN_TEXT_APPROVAL':
      return 403;
    case 'NOT_FOUND':
    case 'VERSION_NOT_FOUND':
    case 'COMMENT_NOT_FOUND':
    case 'NUMBER_NOT_FOUND':
    case 'USER_NOT_FOUND':
    case 'LETTERHEAD_NOT_FOUND':
    case 'UNKNOWN_METHOD':
    case 'FOLDER_NOT_FOUND':
    case 'NO_BACKUP':
    case 'DATABASE_NOT_FOUND':
      return 404;
    case 'REVISION_CONFLICT':
    case 'INVALID_TRANSITION':
    case 'INCOMPLETE':
    case 'VERSION_MISMATCH':
    case 'USER_EXISTS':
    case 'LAST_ADMIN':
    case 'LETTERHEAD_IN_USE':
    case 'TRANSLATION_EXISTS':
    case 'FILE_EXISTS':
    case 'FOLDER_EXISTS':
    case 'NUMBERING_BACKWARDS':
    case 'EXPORT_OUTDATED':
    case 'DATABASE_IN_USE':
    case 'TARGET_NOT_EMPTY':
      return 409;
    case 'FOLDER_NOT_WRITABLE':
      return 403;
    case 'SIGN_IN_LOCKED':
      return 429;
    case 'DATABASE_TOO_NEW':
    case 'DATABASE_DAMAGED':
    case 'BACKUP_FAILED':
    case 'INTERNAL':
    case 'DISK_FULL':
    case 'EXPORT_WRITE_FAILED':
      return 500;
    case 'UNAVAILABLE':
    case 'STORE_BUSY':
    case 'PDF_PRINTER_MISSING':
    case 'PRINT_PAGE_MISSING':
    case 'PDF_PRINT_FAILED':
    case 'DATABASE_UNREACHABLE':
    case 'DATABASE_LOGIN_REFUSED':
      return 503;
    case 'BACKUPS_ON_SERVER':
    case 'ON_OFFICE_SERVER':
      return 409;
    case 'CONTRACT_MISMATCH':
      return 426;
  }
}
