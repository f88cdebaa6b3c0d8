import { useCallback, useEffect, useRef, useState } from 'react';
import type { Content } from '../../../shared/domain/content';
import type { CommuniqueStatus } from '../../../shared/domain/status';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { dropRescueCopy, keepRescueCopy } from './rescueCopy';
import type { SaveState } from './SaveState';

/** Pause after the last change before the working copy is saved. */
export const autosaveDelayMs = 700;

/** While the office cannot be reached, how long before the next try: longer after each, up to half a minute. */
const offlineRetryMs = (tries: number) => Math.min(30_000, 3000 * 2 ** Math.min(tries, 4));

/** The back end was not reached (the network, or the office server's own database): nothing was refused, nothing stored. */
const unreachable = (code: string) => code === 'UNAVAILABLE' || code === 'DATABASE_UNREACHABLE';

interface AutosaveOptions {
  id: number;
  revision: number;
  updatedAt: string;
  /** The content as stored when the form opened. */
  initial: Content;
  /** Reads the content as it is now; called only when a save starts. */
  getContent: () => Content;
  /** Told the communiqué's status after each save (an edit after approval returns it to draft). */
  onSaved?: (status: CommuniqueStatus) => void;
}

/** What the form drives the autosave with. */
export interface Autosave {
  state: SaveState;
  /** Call on every edit: schedules a save after a pause. */
  markChanged(): void;
  /** Saves now (Ctrl+S, leaving the screen); resolves when the save is done. */
  saveNow(): Promise<void>;
  /** After a conflict: adopt `revision` as the base and save this window's text over the stored one. */
  overwriteFrom(revision: number): Promise<void>;
  /** The text this window last stored (or found stored when it opened): the common base of a conflict. */
  lastStored(): Content;
}

/**
 * Saves the working copy after a short pause, one save at a time. A save the back end refuses as stale
 * stops autosaving and reports a conflict; it is never retried over the other window's text silently. While the back
 * end cannot be reached, every change is kept on this computer (the rescue copy) and the save is tried again, sooner
 * when the browser says the network is back, through the same revision check.
 */
export function useAutosave({ id, revision, updatedAt, initial, getContent, onSaved }: AutosaveOptions): Autosave {
  const api = useApi();
  const describe = useErrorMessage();
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: updatedAt });
  const base = useRef(revision);
  const stored = useRef(initial);
  const dirty = useRef(false);
  const blocked = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const read = useRef(getContent);
  read.current = getContent;
  const saved = useRef(onSaved);
  saved.current = onSaved;
  // Failed tries in a row for want of the back end; 0 once it answers.
  const offlineTries = useRef(0);

  const saveNow = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) {
      await inFlight.current;
      return saveNow();
    }
    if (blocked.current || !dirty.current) return;
    dirty.current = false;
    setState({ kind: 'saving' });
    const attempt = (async () => {
      const content = read.current();
      const result = await api.saveCommunique({ id, revision: base.current, content });
      if (result.ok) offlineTries.current = 0;
      if (result.ok) {
        base.current = result.value.revision;
        stored.current = content;
        saved.current?.(result.value.status);
        if (!dirty.current) dropRescueCopy(id);
        setState(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: result.value.updatedAt });
        if (dirty.current) timer.current = setTimeout(() => void saveNow(), autosaveDelayMs);
        return;
      }
      dirty.current = true;
      if (unreachable(result.error.code)) {
        // Kept here at once, then tried again: the text outlives the tab, the network and this window.
        keepRescueCopy(id, read.current());
        setState({ kind: 'offline', keptAt: new Date().toISOString() });
        timer.current = setTimeout(() => void saveNow(), offlineRetryMs(offlineTries.current++));
      } else if (result.error.code === 'REVISION_CONFLICT') {
        blocked.current = true;
        setState({ kind: 'conflict', message: describe(result.error) });
      } else {
        setState({ kind: 'failed', message: describe(result.error) });
      }
    })();
    inFlight.current = attempt;
    try {
      await attempt;
    } finally {
      inFlight.current = null;
    }
  }, [api, id, describe]);

  const markChanged = useCallback(() => {
    dirty.current = true;
    if (blocked.current) return;
    if (offlineTries.current > 0) {
      // Offline: each change is kept here; the retry already planned sends it when the office answers.
      keepRescueCopySoon(id, read);
      return;
    }
    // Keep the same state object while already pending: a keystroke must not re-render the form.
    setState((previous) => (previous.kind === 'pending' ? previous : { kind: 'pending' }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), autosaveDelayMs);
  }, [saveNow, id]);

  // The browser says the network is back: try now rather than at the next planned retry.
  useEffect(() => {
    const back = () => {
      if (offlineTries.current > 0 && dirty.current) void saveNow();
    };
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [saveNow]);

  const overwriteFrom = useCallback(
    async (latest: number) => {
      base.current = latest;
      blocked.current = false;
      dirty.current = true;
      await saveNow();
    },
    [saveNow],
  );

  // Warn before closing the tab with text not yet stored; flush when the screen goes away.
  const latestSave = useRef(saveNow);
  latestSave.current = saveNow;
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!dirty.current && !inFlight.current) return;
      keepRescueCopy(id, read.current());
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      // Leaving with text not yet stored: keep it first, then try to store it; a successful save forgets the copy.
      if (dirty.current || inFlight.current) keepRescueCopy(id, read.current());
      void latestSave.current();
    };
  }, [id]);

  const lastStored = useCallback(() => stored.current, []);
  return { state, markChanged, saveNow, overwriteFrom, lastStored };
}

/** Keeps the rescue copy at most once a second while typing offline (serializing a long body on every key would slow typing). */
const keepSoon = new Map<number, ReturnType<typeof setTimeout>>();
function keepRescueCopySoon(id: number, read: { current: () => Content }): void {
  if (keepSoon.has(id)) return;
  keepSoon.set(
    id,
    setTimeout(() => {
      keepSoon.delete(id);
      keepRescueCopy(id, read.current());
    }, 1000),
  );
}
