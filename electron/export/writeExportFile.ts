import { constants } from 'node:fs';
import { access, link, open, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../api/AppError';
import { clearStrayTemps } from './clearStrayTemps';
import { exportTempName } from './exportTempName';

/** What to do when the folder already has a file of that name: ask the person (refuse), replace it, or leave it. */
export type IfExists = 'ask' | 'replace' | 'skip';

/** What happened to the file. */
export type WriteOutcome = 'written' | 'replaced' | 'skipped';

const exists = (path: string) =>
  access(path, constants.F_OK).then(
    () => true,
    () => false,
  );

/**
 * Writes a file into the folder the person chose, atomically: the bytes go to a temporary file beside it, are
 * flushed to disk, and only then take the name, so nobody ever sees half a file. An existing file is never
 * replaced unless `ifExists` says so. Temporary files left by an export killed mid-write are cleared first.
 */
export async function writeExportFile(folder: string, fileName: string, bytes: Uint8Array, ifExists: IfExists): Promise<WriteOutcome> {
  const folderStat = await stat(folder).catch(() => null);
  if (!folderStat?.isDirectory()) throw new AppError('FOLDER_NOT_FOUND', { folder });
  // What an export killed mid-write left here goes before this one is written.
  await clearStrayTemps(folder);
  const target = join(folder, fileName);
  const already = await exists(target);
  if (already && ifExists === 'skip') return 'skipped';
  if (already && ifExists === 'ask') throw new AppError('FILE_EXISTS', { fileName, folder });
  const temp = join(folder, exportTempName(fileName));
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (ifExists === 'replace') await rename(temp, target);
    else await placeWithoutReplacing(temp, target, fileName, folder);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (error instanceof AppError) throw error;
    throw writeError(error, folder);
  }
  return already ? 'replaced' : 'written';
}

/** Gives the temporary file its name only if nobody took the name meanwhile (a hard link fails on an existing name). */
async function placeWithoutReplacing(temp: string, target: string, fileName: string, folder: string): Promise<void> {
  try {
    await link(temp, target);
    await unlink(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppError('FILE_EXISTS', { fileName, folder });
    // File systems without hard links (a FAT memory stick): check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (await exists(target)) throw new AppError('FILE_EXISTS', { fileName, folder });
    await rename(temp, target);
  }
}

function writeError(error: unknown, folder: string): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new AppError('FOLDER_NOT_WRITABLE', { folder });
  if (code === 'ENOSPC') return new AppError('DISK_FULL', { folder });
  return new AppError('EXPORT_WRITE_FAILED', { folder, detail: error instanceof Error ? error.message : String(error) });
}
