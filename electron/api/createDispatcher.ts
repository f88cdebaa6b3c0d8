import { callMetaSchema } from '../../shared/contract/callMeta';
import { contract, isMethodName } from '../../shared/contract/contract';
import type { MethodSpec } from '../../shared/contract/defineMethod';
import type { ErrorCode } from '../../shared/contract/errorCode';
import type { Result } from '../../shared/contract/result';
import { fail, ok } from '../../shared/contract/result';
import type { Language } from '../../shared/domain/language';
import { translate } from '../i18n/translate';
import type { Actor } from './Actor';
import { AppError } from './AppError';
import { describeIssues, zodErrorMap } from './describeIssues';
import type { BackendContext, HandlerContext } from './HandlerContext';
import { resolveActor } from './resolveActor';
import type { Handlers } from './Handlers';

/** Calls one contract method by name; every binding (IPC, HTTP, CLI) goes through this. */
export type Dispatch = (method: string, input: unknown, meta?: unknown) => Promise<Result<unknown>>;

/** Reports failures that are bugs, not user errors. */
export type InternalErrorLog = (method: string, error: unknown) => void;

/**
 * Builds the one entry point of the back end: establishes who calls (per call, from the session), checks their roles,
 * validates the input against the contract, runs the handler, validates its output, and turns every failure into a
 * translated result.
 */
export function createDispatcher(handlers: Handlers, shared: BackendContext, logInternal: InternalErrorLog = defaultLog): Dispatch {
  return async (method, input, meta) => {
    const parsedMeta = callMetaSchema.safeParse(meta ?? {});
    const locale: Language = (parsedMeta.success ? parsedMeta.data.locale : undefined) ?? 'es';
    const session = parsedMeta.success ? parsedMeta.data.session : undefined;
    const failure = (code: ErrorCode, details: Record<string, unknown>) => fail({ code, message: translate(locale, `errors.${code}`, details), details });

    if (!isMethodName(method)) return failure('UNKNOWN_METHOD', { method });
    const spec: MethodSpec = contract[method];
    // Who, then whether they may, then what they sent: a caller without the right learns nothing else.
    const actor = resolveActor(shared.db, shared.sessions, session, shared.workstationName);
    if (spec.roles !== 'public' && actor.kind === 'anonymous') return failure('UNAUTHORIZED', { method });
    if (!mayCall(actor, spec)) return failure('FORBIDDEN', { actor: actor.displayName, method });
    const parsed = spec.input.safeParse(input ?? {}, { error: zodErrorMap(locale) });
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
      return failure('INVALID_INPUT', { issues: describeIssues(parsed.error.issues), fields: issues });
    }
    const context: HandlerContext = { ...shared, actor, session };

    try {
      const handler = handlers[method] as (input: unknown, context: HandlerContext) => unknown;
      const value = await handler(parsed.data, context);
      const checked = spec.output.safeParse(value);
      if (!checked.success) throw new Error(`output of ${method} broke the contract: ${describeIssues(checked.error.issues)}`);
      return ok(checked.data);
    } catch (error) {
      if (error instanceof AppError) return failure(error.code, error.details);
      logInternal(method, error);
      return failure('INTERNAL', { detail: error instanceof Error ? error.message : String(error) });
    }
  };
}

/** Roles are checked here, in the back end, for every call. */
function mayCall(actor: Actor, spec: MethodSpec): boolean {
  return spec.roles === 'public' || spec.roles === 'everyone' || spec.roles.some((role) => actor.roles.includes(role));
}

function defaultLog(method: string, error: unknown): void {
  console.error(`[redacta] ${method} failed:`, error);
}
