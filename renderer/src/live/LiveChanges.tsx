import type { ReactNode } from 'react';
import { createContext, useContext, useEffect, useRef } from 'react';
import type { CallMeta } from '../../../shared/contract/callMeta';
import { useSession } from '../session/SessionContext';
import { sessionToken } from '../session/sessionToken';
import type { Heard } from './listenToOffice';
import { listenToOffice } from './listenToOffice';
import type { LiveOpen } from './liveOpen';

type Listener = (change: Heard) => void;

const LiveContext = createContext<Set<Listener> | null>(null);

/** Working in an office (its server's page, or a desk connected to it), while someone is signed in, hears every write that lands and tells the screens listening. */
export function LiveChangesProvider({ open, children }: { open: LiveOpen; children: ReactNode }) {
  const session = useSession();
  const listeners = useRef(new Set<Listener>());
  const signedIn = session.actor?.name;
  const { refresh } = session;
  useEffect(() => {
    if (!session.office || !signedIn) return;
    return listenToOffice(
      open,
      sessionToken,
      (change) => {
        for (const listener of listeners.current) listener(change);
      },
      // The session ended, or the server was updated: asking who works brings the sign-in or the reload screen.
      () => void refresh(),
    );
  }, [open, session.office, signedIn, refresh]);
  return <LiveContext.Provider value={listeners.current}>{children}</LiveContext.Provider>;
}

/** Calls `listener` with each write that lands on the office server (nothing on a desk). */
export function useLiveChanges(listener: Listener): void {
  const listeners = useContext(LiveContext);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => {
    if (!listeners) return;
    const call: Listener = (change) => latest.current(change);
    listeners.add(call);
    return () => {
      listeners.delete(call);
    };
  }, [listeners]);
}

/** How long a screen waits, at least, between two refreshes for changes heard: many writes at once ask once. */
const gapMs = 700;

/** What a refresh for a change heard sends beside its calls: a look that does not keep the person's session going. */
export const heardMeta = { passive: true } as const satisfies CallMeta;

/**
 * Asks a screen to refresh when a write it cares about lands (or the stream came back): one refresh at a time, and
 * the writes heard meanwhile give one more after it, never a storm. The refresh is given `heardMeta` for its calls:
 * an open screen following others' work never keeps an unattended session alive.
 */
export function useLiveRefresh(refresh: (meta: CallMeta) => unknown, cares: (change: Heard) => boolean): void {
  const state = useRef<{ running: boolean; again: boolean }>({ running: false, again: false });
  const latest = useRef({ refresh, cares });
  latest.current = { refresh, cares };
  useLiveChanges((change) => {
    if (change.method !== 'reconnected' && !latest.current.cares(change)) return;
    if (state.current.running) {
      state.current.again = true;
      return;
    }
    const run = async () => {
      state.current.running = true;
      state.current.again = false;
      try {
        await latest.current.refresh(heardMeta);
      } finally {
        await new Promise((resolve) => setTimeout(resolve, gapMs));
        state.current.running = false;
        if (state.current.again) void run();
      }
    };
    void run();
  });
}
