import { AppError } from '../../api/AppError';

/** A printer's failure as the person's message: its first line only (browsers' own messages run to many lines). */
export function printFailure(error: unknown): AppError {
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 200) ?? '';
  return new AppError('PDF_PRINT_FAILED', { detail });
}
