import type { z } from 'zod';
import type { CallMeta } from '../../../shared/contract/callMeta';
import type { Result } from '../../../shared/contract/result';
import type { DeskMethod } from '../../../shared/desk/deskContract';
import { type deskContract, deskMethodNames } from '../../../shared/desk/deskContract';

type Spec<M extends DeskMethod> = (typeof deskContract)[M];

/** The desk's own methods: which database this desk's screens work in, and how to change it. */
export type DeskApi = { [M in DeskMethod]: (input: z.input<Spec<M>['input']>) => Promise<Result<z.output<Spec<M>['output']>>> };

/** Carries a desk call: over IPC in the app, over the loopback host in browser mode. */
export type DeskTransport = (method: DeskMethod, input: unknown, meta: CallMeta) => Promise<Result<unknown>>;

/** Window.redactaDesk, as the preload exposes it. */
export type DeskBridge = Record<DeskMethod, (input: unknown, meta: CallMeta) => Promise<Result<unknown>>>;

/** The typed desk client over a transport, each call carrying the interface's language. */
export function deskClient(transport: DeskTransport, meta: () => CallMeta): DeskApi {
  return Object.fromEntries(deskMethodNames.map((method) => [method, (input: unknown) => transport(method, input, meta())])) as DeskApi;
}
