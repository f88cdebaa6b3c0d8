import type { LiveChange } from '../../shared/live/liveChange';

/** Writes as they land in this back end, for whoever listens (an office server's open screens). */
export interface ChangeFeed {
  publish(change: LiveChange): void;
  /** Listens until the returned function is called. */
  subscribe(listener: (change: LiveChange) => void): () => void;
}

/** A feed in this process: a listener that throws is dropped, never the write that was announced. */
export function changeFeed(): ChangeFeed {
  const listeners = new Set<(change: LiveChange) => void>();
  return {
    publish(change) {
      for (const listener of listeners) {
        try {
          listener(change);
        } catch {
          listeners.delete(listener);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
