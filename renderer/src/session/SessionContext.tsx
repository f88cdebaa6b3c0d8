import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { Role } from '../../../shared/domain/role';
import { useApi } from '../api/ApiContext';
import { setSessionToken } from './sessionToken';

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
  loaded: boolean;
}

interface SessionApi extends SessionState {
  /** Asks the back end again who is working (after signing in or out, or a refused call). */
  refresh(): Promise<void>;
  signOut(): Promise<void>;
  /** Whether the person holds one of these roles. */
  can(...roles: Role[]): boolean;
}

const SessionContext = createContext<SessionApi | null>(null);

/** Loads who is working and keeps it current for every screen. */
export function SessionProvider({ children, onLost }: { children: ReactNode; onLost: (handler: () => void) => void }) {
  const api = useApi();
  const [state, setState] = useState<SessionState>({ actor: null, profilesExist: false, loaded: false });
  const refresh = useCallback(async () => {
    const result = await api.getSession({});
    if (result.ok) setState({ actor: result.value.actor, profilesExist: result.value.profilesExist, loaded: true });
  }, [api]);
  useEffect(() => {
    void refresh();
    // A call refused for want of a session (expired, or the service restarted) brings back the sign-in screen.
    onLost(() => void refresh());
  }, [refresh, onLost]);
  const signOut = useCallback(async () => {
    await api.signOut({});
    setSessionToken(undefined);
    await refresh();
  }, [api, refresh]);
  const can = useCallback((...roles: Role[]) => roles.some((role) => state.actor?.roles.includes(role) ?? false), [state.actor]);
  return <SessionContext.Provider value={{ ...state, refresh, signOut, can }}>{children}</SessionContext.Provider>;
}

/** Who is working, and how to sign out. */
export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
