import { callMetaSchema } from '../../shared/contract/callMeta';
import { contract, isMethodName } from '../../shared/contract/contract';
import { callableOn } from '../../shared/contract/serverDiskMethods';
import { communiqueIdOf, liveMethods } from '../../shared/live/liveChange';
import { inputBeyondLimits, inputLimits } from '../../shared/contract/inputLimits';
import type { MethodSpec } from '../../shared/contract/defineMethod';
import type { ErrorCode } from '../../shared/contract/errorCode';
import type { MethodName } from '../../shared/contract/methodNames';
import type { Result } from '../../shared/contract/result';
import { fail, ok } from '../../shared/contract/result';
import type { Language } from '../../shared/domain/language';
import { mayCall } from '../../shared/workflow/mayCall';
import { translate } from '../i18n/translate';
import type { Repositories } from '../repositories/createRepositories';
import type { Store } from '../repositories/Store';
import type { Actor } from './Actor';
import { AppError } from './AppError';
import { describeIssues, zodErrorMap } from './describeIssues';
import type { BackendContext, HandlerContext } from './HandlerContext';
import type { Commit, CommandHandler, Handlers, QueryHandler } from './Handlers';
import { RecordedRefusal } from './RecordedRefusal';
import { storedSessions } from '../auth/storedSessions';
import type { SessionFollowUp } from './resolveActor';
import { recordFollowUp, resolveActor } from './resolveActor';

/**
 * Calls one contract method by name; every binding (IPC, HTTP, CLI) goes through this. `source` is where the call
 * comes from as the binding knows it (`desk` for IPC, the remote address over HTTP), never taken from the caller's meta.
 */
export type Dispatch = (method: string, input: unknown, meta?: unknown, source?: string) => Promise<Result<unknown>>;

/** Reports failures that are bugs, not user errors. */
export type InternalErrorLog = (method: string, error: unknown) => void;

/** What the dispatcher runs calls on: the shared context and the store whose transactions it opens. */
export interface DispatcherContext extends BackendContext {
  store: Store;
}

/**
 * Builds the one entry point of the back end: establishes who calls (per call, from the session), checks their roles,
 * validates the input against the contract, runs the handler in the call's transaction (a command in one BEGIN
 * IMMEDIATE transaction that establishes the caller and their roles again under the lock; a query in one snapshot),
 * validates its output, and turns every failure into a translated result (docs/ARCHITECTURE.md, "Processes and the contract").
 */
export function createDispatcher(handlers: Handlers, shared: DispatcherContext, logInternal: InternalErrorLog = defaultLog): Dispatch {
  const { store, ...backend } = shared;
  const whoCalls = (repos: Repositories, session: string | undefined) =>
    resolveActor(repos, session, { workstationName: backend.workstationName, office: backend.office, now: backend.now().getTime() });
  // What a snapshot could not write of a session (its use, its end), written after in a transaction of its own; a busy
  // store only delays it to a later call.
  const recordAfter = async (followUp: SessionFollowUp, method: string) => {
    if (!followUp) return;
    try {
      await store.write((repos) => recordFollowUp(repos, followUp));
    } catch (error) {
      if (!isBusy(error)) logInternal(method, error);
    }
  };

  return async (method, input, meta, source = 'local') => {
    const parsedMeta = callMetaSchema.safeParse(meta ?? {});
    const locale: Language = (parsedMeta.success ? parsedMeta.data.locale : undefined) ?? 'es';
    const session = parsedMeta.success ? parsedMeta.data.session : undefined;
    // A passive look (a screen listening) never keeps a session going: only the person's own calls do.
    const passive = parsedMeta.success && parsedMeta.data.passive === true;
    const failure = (code: ErrorCode, details: Record<string, unknown>) => fail({ code, message: translate(locale, `errors.${code}`, details), details });

    if (!isMethodName(method)) return failure('UNKNOWN_METHOD', { method: String(method).slice(0, 80) });
    if (!parsedMeta.success) return failure('INVALID_INPUT', { issues: `meta: ${describeIssues(parsedMeta.error.issues)}`, fields: [] });
    // Too deep or too large to validate safely: refused before any schema walks it.
    const beyond = inputBeyondLimits(input);
    if (beyond) return failure('INVALID_INPUT', { issues: translate(locale, `inputLimits.${beyond}`, { max: inputLimits[beyond] }), fields: [] });
    // On an office server, what would act on the server's disk is refused for everyone, before anything else.
    if (!callableOn(method, backend)) return failure('ON_OFFICE_SERVER', { method });
    const spec: MethodSpec = contract[method];
    const checked = (value: unknown) => {
      const result = spec.output.safeParse(value);
      if (!result.success) throw new Error(`output of ${method} broke the contract: ${describeIssues(result.error.issues)}`);
      return result.data;
    };
    // What the snapshot that admitted the call left to write of its session, unless its write transaction does it.
    let followUp: SessionFollowUp = null;
    // Who, then whether they may, then what they sent: a caller without the right learns nothing else.
    const admit = async (repos: Repositories) => {
      const caller = await whoCalls(repos, session);
      followUp = passive && caller.followUp?.record === 'use' ? null : caller.followUp;
      const { actor } = caller;
      const refusal = refusalOf(actor, spec, method);
      if (refusal) return failure(refusal.code, refusal.details);
      const parsed = spec.input.safeParse(input ?? {}, { error: zodErrorMap(locale) });
      if (!parsed.success) {
        const fields = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
        return failure('INVALID_INPUT', { issues: describeIssues(parsed.error.issues), fields });
      }
      return { actor, input: parsed.data as unknown };
    };
    try {
      if (spec.access === 'read') {
        const query = handlers[method] as QueryHandler<unknown, unknown>;
        // A query is admitted and answered in one snapshot.
        try {
          return await store.read(async (repos) => {
            const admitted = await admit(repos);
            if ('ok' in admitted) return admitted;
            return ok(checked(await query(admitted.input, { ...backend, actor: admitted.actor, session, source, repos })));
          });
        } finally {
          await recordAfter(followUp, method);
        }
      }
      // A command is admitted in a snapshot first: a refused or malformed call never waits for the write lock.
      const admitted = await store.read(admit);
      if ('ok' in admitted) {
        await recordAfter(followUp, method);
        return admitted;
      }
      // From here the write's own transaction records what the session leaves.
      followUp = null;
      const context: Omit<HandlerContext, 'repos' | 'sessions'> = { ...backend, actor: admitted.actor, session, source };
      const command = handlers[method] as CommandHandler<unknown, unknown>;
      // A staged command's prepare reads in a snapshot of its own, then does its slow part in no transaction.
      const prepared =
        typeof command === 'function'
          ? (inside: HandlerContext) => command(admitted.input, inside)
          : await command.prepare(admitted.input, { ...context, read: (work) => store.read(work) });
      const { commit, undo }: { commit: Commit<unknown>; undo?: () => Promise<void> } = typeof prepared === 'function' ? { commit: prepared } : prepared;
      let by = admitted.actor.name;
      try {
        const value = await store.write(async (repos) => {
          // The caller and their roles as they stand under the write lock: a role removed meanwhile no longer counts.
          const current = await whoCalls(repos, session);
          await recordFollowUp(repos, current.followUp);
          const late = refusalOf(current.actor, spec, method);
          // Refused under the lock: what the session left is written after, as the refusal undoes this transaction.
          if (late) {
            followUp = current.followUp;
            throw new AppError(late.code, late.details);
          }
          by = current.actor.name;
          return checked(await commit({ ...context, repos, sessions: storedSessions(repos.sessions), actor: current.actor }));
        });
        // Announced once it has landed, never before: a screen that asks again finds it.
        if (liveMethods.has(method)) backend.changes.publish({ method, communiqueId: communiqueIdOf(admitted.input, value), by });
        return ok(value);
      } catch (error) {
        await recordAfter(followUp, method);
        // What the prepare left outside the store (a file written) goes too: the store and the disk agree.
        await undo?.().catch((undoError: unknown) => logInternal(method, undoError));
        throw error;
      }
    } catch (error) {
      if (error instanceof RecordedRefusal) await recordRefusal(store, error, (recordError) => logInternal(method, recordError));
      if (error instanceof AppError) return failure(error.code, error.details);
      if (isBusy(error)) return failure('STORE_BUSY', {});
      if (isUnreachable(error)) return failure('DATABASE_UNREACHABLE', { where: backend.databasePath });
      // What went wrong inside stays in the log: a caller learns only that nothing was changed.
      logInternal(method, error);
      return failure('INTERNAL', {});
    }
  };
}

/** Why this caller may not call this method at all (the contract's roles, read by the shared rule), or null. */
function refusalOf(actor: Actor, spec: MethodSpec, method: MethodName): { code: ErrorCode; details: Record<string, unknown> } | null {
  if (spec.roles !== 'public' && actor.kind === 'anonymous') return { code: 'UNAUTHORIZED', details: { method } };
  if (!mayCall(actor.roles, method)) return { code: 'FORBIDDEN', details: { actor: actor.displayName, method } };
  return null;
}

/** Keeps what a refusal leaves on record, in a transaction of its own; failing to keep it never changes the answer. */
async function recordRefusal(store: Store, refusal: RecordedRefusal, logInternal: (error: unknown) => void): Promise<void> {
  try {
    await store.write(refusal.record);
  } catch (error) {
    logInternal(error);
  }
}

/** The engine's error code, if it gave one. */
const codeOf = (error: unknown): string => (error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '');

/** The engine gave up waiting for another write (SQLite's busy timeout, PostgreSQL's lock timeout). */
function isBusy(error: unknown): boolean {
  return codeOf(error).startsWith('SQLITE_BUSY') || codeOf(error) === '55P03';
}

/** The office database went away mid-call (server stopped or restarting, network gone): nothing was changed. */
function isUnreachable(error: unknown): boolean {
  const code = codeOf(error);
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|57P0[123]|08\w{3})$/.test(code)) return true;
  return error instanceof Error && /^Connection terminated/.test(error.message);
}

function defaultLog(method: string, error: unknown): void {
  console.error(`[redacta] ${method} failed:`, error);
}
