/** Where a store lives: a SQLite file on this computer, or an office's PostgreSQL database. */
export type DatabaseLocation = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

/** Reads `--db` (or REDACTA_DATABASE_URL): a `postgres://` or `postgresql://` address, or else a file's path. */
export function databaseLocation(value: string): DatabaseLocation {
  return /^postgres(ql)?:\/\//i.test(value) ? { engine: 'postgres', url: value } : { engine: 'sqlite', path: value };
}

/** How messages name a database: a file's path, or the server's address without its password. */
export function describeDatabase(location: DatabaseLocation): string {
  if (location.engine === 'sqlite') return location.path;
  try {
    const url = new URL(location.url);
    url.password = '';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}
