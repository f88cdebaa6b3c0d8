import type { CallMeta } from './callMeta';
import { methodNames } from './methodNames';
import type { RedactaApi, Transport } from './redactaApi';

/** Builds the typed client, one function per contract method, over any transport. */
export function createClient(transport: Transport, defaultMeta: () => CallMeta = () => ({})): RedactaApi {
  const entries = methodNames.map((method) => [method, (input: unknown, meta?: CallMeta) => transport(method, input, { ...defaultMeta(), ...meta })]);
  return Object.fromEntries(entries) as RedactaApi;
}
