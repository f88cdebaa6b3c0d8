import type { MethodName } from './methodNames';

/** The IPC channel of a contract method; main and preload both derive it, nobody spells it by hand. */
export function ipcChannel(method: MethodName): string {
  return `redacta:${method}`;
}
