import { useSyncExternalStore } from 'react';
import type { SaveState } from './SaveState';

/** Where the working copy stands, held outside React so that only what shows it re-renders when it changes. */
export interface SaveStateStore {
  get(): SaveState;
  set(next: SaveState): void;
  subscribe(listener: () => void): () => void;
}

export function createSaveStateStore(initial: SaveState): SaveStateStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next) {
      if (next === current) return;
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Reads the save state (or a part of it) and re-renders the caller only when that part changes. */
export function useSaveState<T>(store: SaveStateStore, select: (state: SaveState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
