import type { Translate } from './Translate';

/** Why a file could not be read, in the user's words rather than an errno. */
export function describeReadError(error: unknown, file: string, t: Translate): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return t('cli.fileMissing', { file });
    case 'EACCES':
    case 'EPERM':
      return t('cli.fileForbidden', { file });
    case 'EISDIR':
      return t('cli.fileIsFolder', { file });
    default:
      return t('cli.fileUnreadable', { file, detail: error instanceof Error ? error.message : String(error) });
  }
}
