import { createBackend } from '../../../electron/api/createBackend';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/contract';

/** Who the other writer signs in as, once the store has profiles. */
export interface OtherWriterCredentials {
  name: string;
  passphrase: string;
}

/** Another writer on the same database file (another window, another process): calls the contract directly. */
export async function asOtherWriter<M extends MethodName>(
  databasePath: string,
  method: M,
  input: MethodInput<M>,
  credentials?: OtherWriterCredentials,
): Promise<MethodOutput<M>> {
  const backend = createBackend({ databasePath, workstationName: 'otra ventana' });
  try {
    let session: string | undefined;
    if (credentials) {
      const signed = await backend.dispatch('signIn', credentials);
      if (!signed.ok) throw new Error(`signIn: ${signed.error.message}`);
      session = (signed.value as { session: string }).session;
    }
    const result = await backend.dispatch(method, input, { session });
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as MethodOutput<M>;
  } finally {
    await backend.close();
  }
}
