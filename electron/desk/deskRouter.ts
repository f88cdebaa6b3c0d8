import type { IncomingMessage } from 'node:http';
import { callMetaSchema } from '../../shared/contract/callMeta';
import { contract, isMethodName } from '../../shared/contract/contract';
import type { ErrorCode } from '../../shared/contract/errorCode';
import type { Result } from '../../shared/contract/result';
import { fail, ok } from '../../shared/contract/result';
import { actsOnFolders, callableOn } from '../../shared/contract/serverDiskMethods';
import type { DeskMethod, DeskOffice } from '../../shared/desk/deskContract';
import { deskContract, isDeskMethod } from '../../shared/desk/deskContract';
import { normalFingerprint } from '../../shared/desk/fingerprint';
import { pinVerdict } from '../../shared/desk/pinVerdict';
import type { Language } from '../../shared/domain/language';
import { AppError } from '../api/AppError';
import type { Backend } from '../api/createBackend';
import type { Dispatch } from '../api/createDispatcher';
import { describeIssues } from '../api/describeIssues';
import { writeExportFile } from '../export/writeExportFile';
import { translate } from '../i18n/translate';
import { officeEvents } from '../office/officeEvents';
import { OfficeCertificateChanged, officeTransport, presentedFingerprint } from '../office/officeTransport';
import { makeFolderIn, showFolder } from '../services/folderService';
import { readDeskConnection, writeDeskConnection } from './deskConnectionFile';
import { officeOrigin } from './officeOrigin';

/** The office's live stream as a desk passes it on: its HTTP status, and the stream when there is one. */
export interface DeskEvents {
  status: number;
  stream: IncomingMessage | null;
}

/** A desk: its screens' calls go to its own database, or to the office it works in; and what it says about that. */
export interface DeskRouter {
  dispatch: Dispatch;
  desk(method: string, input: unknown, meta?: unknown): Promise<Result<unknown>>;
  /** The office's stream of writes for this session (404: the desk works in its own database, which has none). */
  events(session: string): Promise<DeskEvents>;
}

/**
 * Routes a desk's calls. On its own database, to its back end. In an office, to the office server over HTTPS with the
 * certificate pinned on first use (a changed one is refused before anything is sent), except the person's folders,
 * which are this computer's (an export is made by the office and written here), and backups, which are the office IT's.
 */
export function deskRouter(local: Backend, folder: string): DeskRouter {
  let state = readDeskConnection(folder);
  const current = (): DeskOffice | null => {
    const url = state.current;
    const fingerprint = url ? state.pins[url] : undefined;
    return url && fingerprint ? { url, fingerprint } : null;
  };
  const save = (next: typeof state) => {
    writeDeskConnection(folder, next);
    state = next;
  };

  const toOffice = async (office: DeskOffice, method: string, input: unknown, meta: unknown, locale: Language): Promise<Result<unknown>> => {
    try {
      return await officeTransport(office)(method as never, input, meta as never);
    } catch (error) {
      if (!(error instanceof OfficeCertificateChanged)) throw error;
      return failure(locale, 'OFFICE_CERTIFICATE_CHANGED', { url: office.url, expected: error.expected, found: error.found });
    }
  };

  const onOwnDisk = async (office: DeskOffice, method: string, input: unknown, meta: unknown, locale: Language): Promise<Result<unknown>> => {
    if (method === 'listFolder') {
      const parsed = contract.listFolder.input.safeParse(input ?? {});
      if (!parsed.success) return failure(locale, 'INVALID_INPUT', { issues: describeIssues(parsed.error.issues), fields: [] });
      return ok(await showFolder(parsed.data.path));
    }
    if (method === 'makeFolder') {
      const parsed = contract.makeFolder.input.safeParse(input ?? {});
      if (!parsed.success) return failure(locale, 'INVALID_INPUT', { issues: describeIssues(parsed.error.issues), fields: [] });
      return ok(await makeFolderIn(parsed.data.parent, parsed.data.name));
    }
    const parsed = contract.exportToFolder.input.safeParse(input ?? {});
    if (!parsed.success) return failure(locale, 'INVALID_INPUT', { issues: describeIssues(parsed.error.issues), fields: [] });
    const { folder: into, ifExists, ...which } = parsed.data;
    const made = await toOffice(office, 'renderExport', which, meta, locale);
    if (!made.ok) return made;
    const file = contract.renderExport.output.parse(made.value);
    const outcome = await writeExportFile(into, file.fileName, Buffer.from(file.base64, 'base64'), ifExists);
    return ok({ fileName: file.fileName, outcome, draft: file.draft, record: outcome === 'skipped' ? null : file.record });
  };

  const dispatch: Dispatch = async (method, input, meta, source) => {
    const office = current();
    if (!office) return local.dispatch(method, input, meta, source);
    const locale = localeOf(meta);
    if (!isMethodName(method)) return failure(locale, 'UNKNOWN_METHOD', { method: String(method).slice(0, 80) });
    if (!callableOn(method, { office: true, desk: true })) return failure(locale, 'ON_OFFICE_SERVER', { method });
    if (!actsOnFolders(method)) return toOffice(office, method, input, meta, locale);
    try {
      return await onOwnDisk(office, method, input, meta, locale);
    } catch (error) {
      if (error instanceof AppError) return failure(locale, error.code, error.details);
      throw error;
    }
  };

  const handlers: { [M in DeskMethod]: (input: never, locale: Language) => Promise<Result<unknown>> } = {
    getDeskConnection: async () => ok({ office: current() }),
    connectToOffice: async ({ url, fingerprint }: { url: string; fingerprint?: string }, locale) => {
      const origin = officeOrigin(url);
      if (!origin) return failure(locale, 'OFFICE_ADDRESS_INVALID', { url });
      let presented: string;
      try {
        presented = await presentedFingerprint(origin);
      } catch (error) {
        return failure(locale, 'OFFICE_UNREACHABLE', { url: origin, detail: error instanceof Error ? error.message : String(error) });
      }
      const pinned = state.pins[origin];
      const verdict = pinVerdict(pinned, presented, fingerprint);
      if (verdict === 'first-use') return failure(locale, 'OFFICE_CERTIFICATE_NEW', { url: origin, fingerprint: presented });
      if (verdict === 'changed') return failure(locale, 'OFFICE_CERTIFICATE_CHANGED', { url: origin, expected: pinned ?? fingerprint, found: presented });
      const office = { url: origin, fingerprint: normalFingerprint(presented) ?? presented };
      // Only an office server of this contract is worked in: anything else (another program, another version) is said so.
      const session = await toOffice(office, 'getSession', {}, { locale }, locale);
      if (!session.ok && session.error.code !== 'UNAVAILABLE') return session;
      if (!session.ok || !contract.getSession.output.safeParse(session.value).data?.office) return failure(locale, 'NOT_AN_OFFICE', { url: origin });
      save({ current: origin, pins: { ...state.pins, [origin]: office.fingerprint } });
      return ok(office);
    },
    leaveOffice: async () => {
      save({ ...state, current: null });
      return ok({});
    },
    forgetOffice: async ({ url }: { url: string }, locale) => {
      const origin = officeOrigin(url);
      if (!origin) return failure(locale, 'OFFICE_ADDRESS_INVALID', { url });
      const { [origin]: _forgotten, ...pins } = state.pins;
      save({ current: state.current === origin ? null : state.current, pins });
      return ok({});
    },
  };

  return {
    dispatch,
    desk: async (method, input, meta) => {
      const locale = localeOf(meta);
      if (!isDeskMethod(method)) return failure(locale, 'UNKNOWN_METHOD', { method: String(method).slice(0, 80) });
      const parsed = deskContract[method].input.safeParse(input ?? {});
      if (!parsed.success) return failure(locale, 'INVALID_INPUT', { issues: describeIssues(parsed.error.issues), fields: [] });
      return handlers[method](parsed.data as never, locale);
    },
    events: async (session) => {
      const office = current();
      if (!office) return { status: 404, stream: null };
      try {
        const stream = await officeEvents(office, session);
        if (stream.statusCode === 200) return { status: 200, stream };
        stream.resume();
        return { status: stream.statusCode ?? 502, stream: null };
      } catch {
        // Unreachable, or a changed certificate: the page listens again later, and its next call says which.
        return { status: 502, stream: null };
      }
    },
  };
}

function localeOf(meta: unknown): Language {
  const parsed = callMetaSchema.safeParse(meta ?? {});
  return (parsed.success ? parsed.data.locale : undefined) ?? 'es';
}

function failure(locale: Language, code: ErrorCode, details: Record<string, unknown>): Result<never> {
  return fail({ code, message: translate(locale, `errors.${code}`, details), details });
}
