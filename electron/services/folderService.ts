import { constants } from 'node:fs';
import { access, mkdir, readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isValidFolderName } from '../../shared/domain/folderName';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';

/** Folders of this computer, to choose where exports go (the person sees only names of folders, never files). */
export const folderService: Pick<Handlers, 'listFolder' | 'makeFolder'> = {
  listFolder: async ({ path }) => showFolder(path),
  makeFolder: async ({ parent, name }) => makeFolderIn(parent, name),
};

/** Makes folder `name` in `parent` and shows it; what stops it is said as the chooser's typed errors. */
export async function makeFolderIn(parent: string, name: string) {
  if (!isValidFolderName(name)) throw new AppError('INVALID_FOLDER_NAME', { name });
  const folder = resolve(parent);
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new AppError('FOLDER_NOT_FOUND', { folder });
  try {
    await mkdir(join(folder, name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppError('FOLDER_EXISTS', { name, folder });
    // Whatever else stops a folder being made here (no permission, read-only, a system folder) means: not here.
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT' || code === 'ENOTDIR')
      throw new AppError('FOLDER_NOT_WRITABLE', { folder });
    if (code === 'ENOSPC') throw new AppError('DISK_FULL', { folder });
    throw error;
  }
  return showFolder(join(folder, name));
}

/** A folder as the chooser shows it: its subfolders (no hidden ones), its parent, and whether files can go there. */
export async function showFolder(path: string | undefined) {
  const home = homedir();
  const folder = resolve(path ?? home);
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new AppError('FOLDER_NOT_FOUND', { folder });
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'es', { sensitivity: 'base' }));
  const writable = await access(folder, constants.W_OK).then(
    () => true,
    () => false,
  );
  const parent = dirname(folder) === folder ? null : dirname(folder);
  return { path: folder, parent, home, folders, writable };
}
