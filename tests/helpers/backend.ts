import type { BackendOptions } from '../../electron/api/createBackend';
import { createBackend } from '../../electron/api/createBackend';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/contract';
import type { Result } from '../../shared/contract/result';
import { tempDatabasePath } from './tempDir';

/** A real back end on a fresh SQLite file, with typed helpers for calls that must succeed or must fail. */
export function testBackend(options: Partial<BackendOptions> = {}) {
  const databasePath = options.databasePath ?? tempDatabasePath();
  const backend = createBackend({ databasePath, logInternal: () => undefined, ...options });
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
