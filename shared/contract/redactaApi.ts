import type { CallMeta } from './callMeta';
import type { MethodInput, MethodOutput } from './contract';
import type { MethodName } from './methodNames';
import type { Result } from './result';

/** The typed client every front end holds: one function per contract method, as `window.redacta` exposes them. */
export type RedactaApi = {
  [M in MethodName]: (input: MethodInput<M>, meta?: CallMeta) => Promise<Result<MethodOutput<M>>>;
};

/** How a client reaches the back end: IPC in Electron, HTTP in browser mode, a direct call in the CLI. */
export type Transport = (method: MethodName, input: unknown, meta: CallMeta) => Promise<Result<unknown>>;
