import { homedir } from 'node:os';
import { join } from 'node:path';

/** File name of the store inside the user-data folder. */
export const databaseFileName = 'redacta.sqlite3';

/** The user-data folder Electron would give an app named Redacta, so browser mode and the CLI share the app's store. */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  switch (platform) {
    case 'win32':
      return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Redacta');
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', 'Redacta');
    default:
      return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Redacta');
  }
}

/** The store's default path: `REDACTA_DB` when set, else the user-data folder. */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.REDACTA_DB ?? join(userDataFolder(env), databaseFileName);
}
