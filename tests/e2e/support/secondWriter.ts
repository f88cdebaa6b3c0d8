import { createBackend } from '../../../electron/api/createBackend';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/contract';

/** Another writer on the same database file (another window, another process): calls the contract directly. */
export async function asOtherWriter<M extends MethodName>(databasePath: string, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const backend = createBackend({ databasePath, actorName: 'otra ventana' });
  try {
    const result = await backend.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as MethodOutput<M>;
  } finally {
    backend.close();
  }
}
