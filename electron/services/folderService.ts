import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';

/** Folders of this computer, to choose where exports go (the person sees only names of folders, never files). */
export const folderService: Pick<Handlers, 'listFolder'> = {
  listFolder: async ({ path }) => {
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
  },
};
