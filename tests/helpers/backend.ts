import { changeFeed } from '../../electron/api/changeFeed';
import type { Backend, BackendOptions } from '../../electron/api/createBackend';
import { createBackend } from '../../electron/api/createBackend';
import { openPostgresBackend } from '../../electron/api/openPostgresBackend';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/contract';
import type { Result } from '../../shared/contract/result';
import { postgresDatabaseAddress } from './postgresDatabase';
import { tempDatabasePath } from './tempDir';
import { testEngine } from './testEngine';

/**
 * A real back end on a fresh database of the run's engine (testEngine): a SQLite file, or a new PostgreSQL database
 * (made on first use, dropped after the test file). `databasePath` is what `--db` takes for it. A test that names its own file
 * gets SQLite.
 */
export function testBackend(options: Partial<BackendOptions> = {}) {
  const onPostgres = testEngine === 'postgres' && options.databasePath === undefined;
  const address = onPostgres ? postgresDatabaseAddress() : undefined;
  const databasePath = options.databasePath ?? address?.url ?? tempDatabasePath();
  const backend = address ? postgresBackend(address, options) : createBackend({ databasePath, logInternal: debugLog, ...options });
  const call = <M extends MethodName>(method: M, input: MethodInput<M>, locale: 'es' | 'en' = 'es') =>
    backend.dispatch(method, input, { locale }) as Promise<Result<MethodOutput<M>>>;
  return {
    backend,
    databasePath,
    call,
    /** Calls and returns the value, failing the test with the error message otherwise. */
    async ok<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
  };
}

/** Internal failures are the test's to assert; DEBUG_INTERNAL=1 prints them. */
function debugLog(method: string, error: unknown): void {
  if (process.env.DEBUG_INTERNAL) console.error(method, error);
}

/** A back end on a PostgreSQL database made when it is first called; closing it drops the database. */
function postgresBackend(address: ReturnType<typeof postgresDatabaseAddress>, options: Partial<BackendOptions>): Backend {
  let opening: Promise<Backend> | undefined;
  const changes = changeFeed();
  const opened = () => {
    opening ??= address.create().then(() => openPostgresBackend(address.url, { logInternal: debugLog, ...options }));
    return opening;
  };
  // The back end's feed is listened to (a LISTEN connection) only once the test listens.
  let forwarding = false;
  return {
    databasePath: address.url,
    changes: {
      publish: changes.publish,
      subscribe(listener) {
        if (!forwarding) void opened().then((backend) => backend.changes.subscribe((change) => changes.publish(change)));
        forwarding = true;
        return changes.subscribe(listener);
      },
    },
    dispatch: async (method, input, meta, source) => (await opened()).dispatch(method, input, meta, source),
    // The database stays for a CLI the test starts on it after; the test file's end drops it (tests/setup/dropDatabases.ts).
    close: async () => {
      if (opening) await (await opening).close();
    },
  };
}
