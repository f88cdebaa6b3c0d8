import { memorySignInAttempts } from '../auth/memorySignInAttempts';
import { describeDatabase } from '../db/databaseLocation';
import { defaultPrinter } from '../export/pdf/defaultPrinter';
import { openPostgresStore } from '../repositories/openPostgresStore';
import { allHandlers } from './allHandlers';
import { AppError } from './AppError';
import { postgresChangeFeed } from './postgresChangeFeed';
import type { Backend, BackendOptions } from './createBackend';
import { createDispatcher } from './createDispatcher';

/**
 * The back end over an office's PostgreSQL database at `url` (reached and migrated first: what stops it is one typed
 * error). The same dispatcher and handlers as on a desk; backups and restores belong to the database's server.
 */
export async function openPostgresBackend(url: string, options: Omit<BackendOptions, 'databasePath'> = {}): Promise<Backend> {
  const where = describeDatabase({ engine: 'postgres', url });
  const store = await openPostgresStore(url, where, { busyTimeoutMs: options.busyTimeoutMs });
  const printer = options.printer ?? defaultPrinter();
  // Shared by every back end on the database: a write made by another server, or the command line, is heard here too.
  const changes = postgresChangeFeed(url);
  const refused = () => Promise.reject(new AppError('BACKUPS_ON_SERVER', { where }));
  const dispatch = createDispatcher(
    allHandlers,
    {
      store,
      engine: 'postgres',
      databasePath: where,
      office: options.office === true,
      changes,
      signInAttempts: memorySignInAttempts(),
      workstationName: options.workstationName,
      now: options.now ?? (() => new Date()),
      printer,
      backupSource: { backup: refused },
      replaceStore: refused,
    },
    options.logInternal,
  );
  return {
    databasePath: where,
    dispatch,
    changes,
    close: async () => {
      await changes.close();
      await store.close();
      await printer.close();
    },
  };
}
