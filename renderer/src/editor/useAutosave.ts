import { useCallback, useEffect, useRef, useState } from 'react';
import type { Content } from '../../../shared/domain/content';
import type { CommuniqueStatus } from '../../../shared/domain/status';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { useSession } from '../session/SessionContext';
import { notReached } from '../../../shared/contract/notReached';
import type { Result } from '../../../shared/contract/result';
import { dropRescueCopy, keepRescueCopy } from './rescueCopy';
import { createSaveStateStore, type SaveStateStore } from './saveStateStore';
import { storagePerson } from '../desk/storageScope';
import { keepUnsentDraft, markUnsentDraftSent, unsentDraftDiscarded } from './unsentDrafts';

/** Pause after the last change before the working copy is saved. */
export const autosaveDelayMs = 700;

/** While the office cannot be reached, how long before the next try: longer after each, up to half a minute. */
const offlineRetryMs = (tries: number) => Math.min(30_000, 3000 * 2 ** Math.min(tries, 4));

/** What a save stored. */
interface Stored {
  revision: number;
  updatedAt: string;
  status: CommuniqueStatus;
}

interface AutosaveOptions {
  /** The communiqué; null for a draft started here while the office could not be reached, until it reaches it. */
  id: number | null;
  /** Such a draft's name: kept here under it, and created at the office once under it, however often sent. */
  draftKey?: string;
  /** Told the office's id when such a draft reached the office (or was found there, saved since from elsewhere). */
  onArrived?: (id: number) => void;
  revision: number;
  updatedAt: string;
  /** The content as stored at `revision` when the form opened; null when the form holds a text not from the store (kept
   * here, or started here) whose stored counterpart is not known: a conflict then asks about every field that differs. */
  initial: Content | null;
  /** Reads the content as it is now; called only when a save starts. */
  getContent: () => Content;
  /** Told the communiqué's status after each save (an edit after approval returns it to draft). */
  onSaved?: (status: CommuniqueStatus) => void;
}

/** What the form drives the autosave with. */
export interface Autosave {
  /** Where the working copy stands: read it with `useSaveState`, so that only what shows it re-renders. */
  saveState: SaveStateStore;
  /** Whether everything typed here is stored and nothing blocks saving (read at the moment asked, never a render late). */
  settled(): boolean;
  /** Call on every edit: schedules a save after a pause. */
  markChanged(): void;
  /** Saves now (Ctrl+S, leaving the screen); resolves when the save is done. */
  saveNow(): Promise<void>;
  /** After a conflict: adopt `revision` as the base and save this window's text over the stored one. */
  overwriteFrom(revision: number): Promise<void>;
  /** The text this window last stored (or found stored when it opened): the common base of a conflict; null if unknown. */
  lastStored(): Content | null;
}

/**
 * Saves the working copy after a short pause, one save at a time (a draft started here while the office could not be
 * reached is created there by its first save that lands, under its name). A save the back end refuses as stale
 * stops autosaving and reports a conflict; it is never retried over the other window's text silently. While the back
 * end cannot be reached, every change is kept on this computer (the rescue copy) and the save is tried again, sooner
 * when the browser says the network is back, through the same revision check.
 */
export function useAutosave({ id, draftKey = '', onArrived, revision, updatedAt, initial, getContent, onSaved }: AutosaveOptions): Autosave {
  const api = useApi();
  const describe = useErrorMessage();
  const me = useRef(useSession().actor?.name);
  const [saveState] = useState(() => createSaveStateStore({ kind: 'saved', at: updatedAt }));
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
  // The office's id once known: a draft started here gets it from its first create that lands.
  const storedId = useRef(id);
  const name = useRef(draftKey);
  const arrived = useRef(onArrived);
  arrived.current = onArrived;
  // The person who wrote it: kept as theirs whoever is signed in by then (an editor left by signing out keeps its text
  // after the sign-out); once someone else is signed in, or nobody, a save still planned never goes out.
  const writer = useRef(storagePerson());
  // This window's text kept on this computer: as the draft started here, or as the rescue copy of a stored one.
  const keepHere = useCallback((content: Content) => {
    if (storedId.current === null) keepUnsentDraft(name.current, content, writer.current);
    else keepRescueCopy(storedId.current, content, base.current, stored.current, writer.current);
  }, []);

  // A draft started here is created at the office under its name; a create answered as a conflict names the draft it made before.
  const store = useCallback(
    async (content: Content): Promise<Result<Stored>> => {
      if (storedId.current !== null) return api.saveCommunique({ id: storedId.current, revision: base.current, content });
      const created = await api.createCommunique({ content, draftKey: name.current });
      const landed = created.ok ? created.value.id : created.error.code === 'REVISION_CONFLICT' ? Number(created.error.details.id) : null;
      if (landed !== null && Number.isSafeInteger(landed)) {
        storedId.current = landed;
        // Saved from elsewhere since it first arrived: what that arrival stored is not known here.
        if (!created.ok) base.current = Number(created.error.details.expected);
        if (!created.ok) stored.current = null;
        markUnsentDraftSent(name.current, landed);
        arrived.current?.(landed);
      }
      return created.ok ? { ok: true, value: created.value } : created;
    },
    [api],
  );

  const saveNow = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) {
      await inFlight.current;
      return saveNow();
    }
    if (blocked.current || !dirty.current || storagePerson() !== writer.current) return;
    // A draft started here that the person discarded meanwhile (from the list) is never sent.
    const discarded = storedId.current === null && unsentDraftDiscarded(name.current);
    dirty.current = false;
    if (discarded) return;
    saveState.set({ kind: 'saving' });
    const attempt = (async () => {
      const content = read.current();
      const result = await store(content);
      if (result.ok) offlineTries.current = 0;
      if (result.ok) {
        base.current = result.value.revision;
        stored.current = content;
        saved.current?.(result.value.status);
        if (!dirty.current && storedId.current !== null) dropRescueCopy(storedId.current);
        saveState.set(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: result.value.updatedAt });
        if (dirty.current) timer.current = setTimeout(() => void saveNow(), autosaveDelayMs);
        return;
      }
      dirty.current = true;
      if (notReached(result.error.code)) {
        // Kept here at once, then tried again: the text outlives the tab, the network and this window.
        keepHere(read.current());
        saveState.set({ kind: 'offline', keptAt: new Date().toISOString() });
        timer.current = setTimeout(() => void saveNow(), offlineRetryMs(offlineTries.current++));
      } else if (result.error.code === 'REVISION_CONFLICT') {
        blocked.current = true;
        const { by, byName } = result.error.details;
        const someoneElse = typeof by === 'string' && by !== me.current;
        saveState.set({ kind: 'conflict', message: describe(result.error), by: someoneElse ? String(byName ?? by) : null });
      } else {
        saveState.set({ kind: 'failed', message: describe(result.error) });
      }
    })();
    inFlight.current = attempt;
    try {
      await attempt;
    } finally {
      inFlight.current = null;
    }
  }, [store, keepHere, describe, saveState]);

  const markChanged = useCallback(() => {
    dirty.current = true;
    if (blocked.current) return;
    if (offlineTries.current > 0) {
      // Offline: each change is kept here; the retry already planned sends it when the office answers.
      keepSoon(name.current || String(storedId.current), () => keepHere(read.current()));
      return;
    }
    // Shown at once, by the save indicator alone (the form does not read the state): keys while pending change nothing.
    if (saveState.get().kind !== 'pending') saveState.set({ kind: 'pending' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), autosaveDelayMs);
  }, [saveNow, keepHere, saveState]);

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
      keepHere(read.current());
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      // Leaving with text not yet stored: keep it first, then try to store it; a successful save forgets the copy.
      if (dirty.current || inFlight.current) keepHere(read.current());
      void latestSave.current();
    };
  }, [keepHere]);

  const lastStored = useCallback(() => stored.current, []);
  const settled = useCallback(() => !dirty.current && !inFlight.current && saveState.get().kind === 'saved', [saveState]);
  return { saveState, settled, markChanged, saveNow, overwriteFrom, lastStored };
}

/** Keeps the text here at most once a second while typing offline (serializing a long body on every key would slow typing). */
const keeping = new Map<string, ReturnType<typeof setTimeout>>();
function keepSoon(name: string, keep: () => void): void {
  if (keeping.has(name)) return;
  keeping.set(
    name,
    setTimeout(() => {
      keeping.delete(name);
      keep();
    }, 1000),
  );
}
