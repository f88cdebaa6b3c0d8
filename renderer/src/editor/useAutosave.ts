import { useCallback, useEffect, useRef, useState } from 'react';
import type { Content } from '../../../shared/domain/content';
import type { CommuniqueStatus } from '../../../shared/domain/status';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { dropRescueCopy, keepRescueCopy } from './rescueCopy';
import type { SaveState } from './SaveState';

/** Pause after the last change before the working copy is saved. */
export const autosaveDelayMs = 700;

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
 * stops autosaving and reports a conflict; it is never retried over the other window's text silently.
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
      if (result.error.code === 'REVISION_CONFLICT') {
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
    // Keep the same state object while already pending: a keystroke must not re-render the form.
    setState((previous) => (previous.kind === 'pending' ? previous : { kind: 'pending' }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), autosaveDelayMs);
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
