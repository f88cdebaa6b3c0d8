import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { MethodName } from '../../../shared/contract/methodNames';
import { callableOn } from '../../../shared/contract/serverDiskMethods';
import type { Role } from '../../../shared/domain/role';
import { mayCall } from '../../../shared/workflow/mayCall';
import type { Denial, WorkflowSubject } from '../../../shared/workflow/whyNot';
import { whyNot } from '../../../shared/workflow/whyNot';
import type { WorkflowAction } from '../../../shared/workflow/workflowRules';
import { useApi } from '../api/ApiContext';
import { setSessionToken } from './sessionToken';
import { setStoragePerson } from '../desk/storageScope';
import { useDesk } from '../desk/DeskContext';

/** Who is working in this tab. */
export interface SessionActor {
  name: string;
  displayName: string;
  roles: Role[];
  workstation: boolean;
}

interface SessionState {
  actor: SessionActor | null;
  profilesExist: boolean;
  /** Whether backups are made from here (a desk's database); an office database's are its server's. */
  backupsHere: boolean;
  /** An office server: files download to this computer; nothing is written to the server's disk. */
  office: boolean;
  loaded: boolean;
}

interface SessionApi extends SessionState {
  /** Asks the back end again who is working (after signing in or out, or a refused call). */
  refresh(): Promise<void>;
  signOut(): Promise<void>;
  /** Whether the person may call this method at all (the contract's roles, and what an office server refuses, through the shared rules). */
  mayCall(method: MethodName): boolean;
  /** Why the person may not do this to this communiqué now (the shared rule book the back end asserts), or null. */
  whyNot<A extends WorkflowAction>(action: A, communique: WorkflowSubject<A>): Denial | null;
  /** Whether the person may do this to this communiqué now: a screen offers an action only when this is true. */
  allows<A extends WorkflowAction>(action: A, communique: WorkflowSubject<A>): boolean;
}

const SessionContext = createContext<SessionApi | null>(null);

/** Loads who is working and keeps it current for every screen. */
export function SessionProvider({ children, onLost }: { children: ReactNode; onLost: (handler: () => void) => void }) {
  const api = useApi();
  // A desk working in an office writes files into its own folders; an office server's page downloads them.
  const onDesk = useDesk() !== null;
  const [state, setState] = useState<SessionState>({ actor: null, profilesExist: false, backupsHere: false, office: false, loaded: false });
  const refresh = useCallback(async () => {
    const result = await api.getSession({});
    if (!result.ok) return;
    // What this computer keeps (unsaved text, drafts started offline) is the signed-in person's alone.
    const { actor } = result.value;
    setStoragePerson(actor && !actor.workstation ? actor.name : null);
    setState({ ...result.value, loaded: true });
  }, [api]);
  useEffect(() => {
    void refresh();
    // A call refused for want of a session (expired, or the service restarted) brings back the sign-in screen.
    onLost(() => void refresh());
  }, [refresh, onLost]);
  const signOut = useCallback(async () => {
    // Signed out on this computer whatever the server answers: on a shared computer the next person never writes as this one
    // (a session the office could not be told about ends by itself, unused).
    await api.signOut({});
    setSessionToken(undefined);
    setStoragePerson(null);
    setState((current) => ({ ...current, actor: null }));
    await refresh();
  }, [api, refresh]);
  const rules = useMemo(() => {
    const { actor } = state;
    const who = { name: actor?.name ?? '', roles: actor?.roles ?? [], workstation: actor?.workstation ?? false };
    const denial = <A extends WorkflowAction>(action: A, communique: WorkflowSubject<A>) => whyNot(who, action, communique);
    return {
      mayCall: (method: MethodName) => actor !== null && mayCall(who.roles, method) && callableOn(method, { office: state.office, desk: onDesk }),
      whyNot: denial,
      allows: <A extends WorkflowAction>(action: A, communique: WorkflowSubject<A>) => actor !== null && denial(action, communique) === null,
    };
  }, [state, onDesk]);
  return <SessionContext.Provider value={{ ...state, refresh, signOut, ...rules }}>{children}</SessionContext.Provider>;
}

/** Who is working, and how to sign out. */
export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
