import { defaultDatabasePath } from './defaultDatabasePath';

/** Where a store lives: a SQLite file on this computer, or an office's PostgreSQL database. */
export type DatabaseLocation = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

/** Reads `--db` (or REDACTA_DATABASE_URL): a `postgres://` or `postgresql://` address, or else a file's path. */
export function databaseLocation(value: string): DatabaseLocation {
  return /^postgres(ql)?:\/\//i.test(value) ? { engine: 'postgres', url: value } : { engine: 'sqlite', path: value };
}

/** The database a process works on: `--db`, else REDACTA_DATABASE_URL, else the desk's file (REDACTA_DB or the default). */
export function chosenDatabase(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  return databaseLocation(flag ?? (env.REDACTA_DATABASE_URL || defaultDatabasePath(env)));
}

/** How messages name a database: a file's path, or the server's address without its password. */
export function describeDatabase(location: DatabaseLocation): string {
  if (location.engine === 'sqlite') return location.path;
  try {
    // Only who, where and which database: a password may also ride in the query (?password=, sslpassword=).
    const url = new URL(location.url);
    const user = url.username ? `${url.username}@` : '';
    return `${url.protocol}//${user}${url.host}${url.pathname}`;
  } catch {
    return 'postgres://…';
  }
}
