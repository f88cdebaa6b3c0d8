import { z } from 'zod';

/** Every way a contract call can fail; the UI and CLI translate each one. */
export const errorCodes = [
  'INVALID_INPUT',
  'INVALID_BODY',
  'NOT_FOUND',
  'LETTERHEAD_NOT_FOUND',
  'LETTERHEAD_IN_USE',
  'UNKNOWN_SERIES',
  'REVISION_CONFLICT',
  'TRANSLATION_EXISTS',
  'FORBIDDEN',
  'INVALID_TRANSITION',
  'INCOMPLETE',
  'VERSION_MISMATCH',
  'SELF_APPROVAL',
  'VERSION_NOT_FOUND',
  'COMMENT_NOT_FOUND',
  'NUMBER_NOT_FOUND',
  'NUMBERING_BACKWARDS',
  'SERIES_NOT_NUMBERED',
  'IMPORT_NO_DATE',
  'IMPORT_NO_NUMBER',
  'SIGN_IN_FAILED',
  'USER_EXISTS',
  'USER_NOT_FOUND',
  'LAST_ADMIN',
  'UNAUTHORIZED',
  'UNKNOWN_METHOD',
  'DATABASE_TOO_NEW',
  'FILE_EXISTS',
  'FOLDER_NOT_FOUND',
  'FOLDER_NOT_WRITABLE',
  'FOLDER_EXISTS',
  'INVALID_FOLDER_NAME',
  'DISK_FULL',
  'EXPORT_WRITE_FAILED',
  'PDF_PRINTER_MISSING',
  'PDF_PRINT_FAILED',
  'PRINT_PAGE_MISSING',
  'UNAVAILABLE',
  'STORE_BUSY',
  'INTERNAL',
] as const;

/** Every way a contract call can fail. */
export const errorCodeSchema = z.enum(errorCodes);

/** Every way a contract call can fail. */
export type ErrorCode = z.infer<typeof errorCodeSchema>;
