import type { DatabaseLocation } from '../db/databaseLocation';
import type { Backend, BackendOptions } from './createBackend';
import { createBackend } from './createBackend';

/** The back end on the database chosen (`--db` or REDACTA_DATABASE_URL): a desk's SQLite file, or an office's PostgreSQL. */
export async function openBackend(location: DatabaseLocation, options: Omit<BackendOptions, 'databasePath'> = {}): Promise<Backend> {
  if (location.engine === 'sqlite') return createBackend({ ...options, databasePath: location.path });
  // Loaded only for an office database: a desk never loads PostgreSQL's driver.
  const { openPostgresBackend } = await import('./openPostgresBackend');
  return openPostgresBackend(location.url, options);
}
