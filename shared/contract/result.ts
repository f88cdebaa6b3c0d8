import { z } from 'zod';
import { errorCodeSchema } from './errorCode';

/** A failed call: a stable code, a message in the caller's language, and the facts behind it. */
export const contractErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
});

/** A failed call. */
export type ContractError = z.infer<typeof contractErrorSchema>;

/** What every contract call returns; failures are values, never thrown across the boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result. */
export function fail<T = never>(error: ContractError): Result<T> {
  return { ok: false, error };
}

/** A call that never reached the back end (the network, a host that does not answer): its detail as the transport saw it. */
export function unavailable(detail: string, more: Record<string, unknown> = {}): Result<never> {
  return fail({ code: 'UNAVAILABLE', message: detail, details: { detail, ...more } });
}

/** The schema of a result carrying `value` on success. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: contractErrorSchema })]);
}
