import type { Content } from '../../../shared/domain/content';
import type { CommuniqueStatus } from '../../../shared/domain/status';
import type { RedactaApi } from '../../../shared/contract/redactaApi';
import type { ContractError, Result } from '../../../shared/contract/result';
import { notReached } from '../../../shared/contract/notReached';
import { storagePerson } from '../desk/storageScope';
import { dropRescueCopy, keepRescueCopy } from './rescueCopy';
import { createSaveStateStore, type SaveStateStore } from './saveStateStore';
import { keepUnsentDraft, markUnsentDraftSent, unsentDraftDiscarded } from './unsentDrafts';

/** Pause after the last change before the working copy is saved. */
export const autosaveDelayMs = 700;

/** The longest a change waits to be saved while the person types on without such a pause. */
export const autosaveLongestWaitMs = 10_000;

/** While the office cannot be reached, how long before the next try: longer after each, up to half a minute. */
export const offlineRetryMs = (tries: number) => Math.min(30_000, 3000 * 2 ** Math.min(tries, 4));

/** What a save stored. */
interface Stored {
  revision: number;
  updatedAt: string;
  status: CommuniqueStatus;
}

/** What the form's latest render tells the autosave: read when a save starts or lands, never kept from an older render. */
export interface AutosaveFollows {
  /** Reads the content as it is now; called only when a save starts. */
  getContent: () => Content;
  /** Told the communiqué's status after each save (an edit after approval returns it to draft). */
  onSaved?: ((status: CommuniqueStatus) => void) | undefined;
  /** Told the office's id when such a draft reached the office (or was found there, saved since from elsewhere). */
  onArrived?: ((id: number) => void) | undefined;
  /** Says a refusal in the interface's language. */
  describe: (error: ContractError) => string;
}

export interface AutosaveOptions extends AutosaveFollows {
  /** The contract client the saves go through. */
  api: Pick<RedactaApi, 'saveCommunique' | 'createCommunique'>;
  /** The person signed in when the form opened: a conflict with their own other window names nobody. */
  me: string | undefined;
  /** The communiqué; null for a draft started here while the office could not be reached, until it reaches it. */
  id: number | null;
  /** Such a draft's name: kept here under it, and created at the office once under it, however often sent. */
  draftKey?: string | undefined;
  revision: number;
  updatedAt: string;
  /** The content as stored at `revision` when the form opened; null when the form holds a text not from the store (kept
   * here, or started here) whose stored counterpart is not known: a conflict then asks about every field that differs. */
  initial: Content | null;
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

/** The autosave with what the window around it tells it: the form's latest render, the network back, the page closing. */
export interface AutosaveControl extends Autosave {
  /** The latest render's callbacks. */
  follow(latest: AutosaveFollows): void;
  /** The browser says the network is back: try now rather than at the next planned retry. */
  online(): void;
  /** The tab is closing: keeps text not yet stored here and says whether to warn. */
  closing(): boolean;
  /** The form goes away: text not yet stored is kept here first, then a save is tried (one that lands forgets the copy). */
  leave(): void;
}

/**
 * Saves the working copy after a short pause, one save at a time (a draft started here while the office could not be
 * reached is created there by its first save that lands, under its name). A save the back end refuses as stale
 * stops autosaving and reports a conflict; it is never retried over the other window's text silently. While the back
 * end cannot be reached, every change is kept on this computer (the rescue copy) and the save is tried again, sooner
 * when the browser says the network is back, through the same revision check.
 */
export function createAutosave(options: AutosaveOptions): AutosaveControl {
  const { api, me } = options;
  let follows: AutosaveFollows = options;
  const saveState = createSaveStateStore({ kind: 'saved', at: options.updatedAt });
  let base = options.revision;
  let stored = options.initial;
  let dirty = false;
  let blocked = false;
  let inFlight: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The save planned from the first change not yet saved, however long the typing goes on.
  let longest: ReturnType<typeof setTimeout> | undefined;
  // One save planned at a time: a plan replaces the last (a timer overwritten, not cleared, saved between keys).
  const plan = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), ms);
  };
  // Failed tries in a row for want of the back end; 0 once it answers.
  let offlineTries = 0;
  // The office's id once known: a draft started here gets it from its first create that lands.
  let storedId = options.id;
  const name = options.draftKey ?? '';
  // The person who wrote it: kept as theirs whoever is signed in by then (an editor left by signing out keeps its text
  // after the sign-out); once someone else is signed in, or nobody, a save still planned never goes out.
  const writer = storagePerson();
  // Once the form is left, one last try: what it could not store is kept here for the list to send, not retried by a gone form.
  let left = false;

  // This window's text kept on this computer: as the draft started here, or as the rescue copy of a stored one.
  const keepHere = (content: Content) => {
    if (storedId === null) keepUnsentDraft(name, content, writer);
    else keepRescueCopy(storedId, content, base, stored, writer);
  };

  // A draft started here is created at the office under its name; a create answered as a conflict names the draft it made before.
  const store = async (content: Content): Promise<Result<Stored>> => {
    if (storedId !== null) return api.saveCommunique({ id: storedId, revision: base, content });
    const created = await api.createCommunique({ content, draftKey: name });
    const landed = created.ok ? created.value.id : created.error.code === 'REVISION_CONFLICT' ? Number(created.error.details.id) : null;
    if (landed !== null && Number.isSafeInteger(landed)) {
      storedId = landed;
      // Saved from elsewhere since it first arrived: what that arrival stored is not known here.
      if (!created.ok) base = Number(created.error.details.expected);
      if (!created.ok) stored = null;
      markUnsentDraftSent(name, landed);
      follows.onArrived?.(landed);
    }
    return created.ok ? { ok: true, value: created.value } : created;
  };

  const saveNow = async (): Promise<void> => {
    clearTimeout(timer);
    clearTimeout(longest);
    longest = undefined;
    if (inFlight) {
      await inFlight;
      return saveNow();
    }
    if (blocked || !dirty || storagePerson() !== writer) return;
    // A draft started here that the person discarded meanwhile (from the list) is never sent.
    const discarded = storedId === null && unsentDraftDiscarded(name);
    dirty = false;
    if (discarded) return;
    saveState.set({ kind: 'saving' });
    const attempt = (async () => {
      const content = follows.getContent();
      const result = await store(content);
      if (result.ok) {
        offlineTries = 0;
        base = result.value.revision;
        stored = content;
        follows.onSaved?.(result.value.status);
        if (!dirty && storedId !== null) dropRescueCopy(storedId);
        saveState.set(dirty ? { kind: 'pending' } : { kind: 'saved', at: result.value.updatedAt });
        if (dirty) plan(autosaveDelayMs);
        return;
      }
      dirty = true;
      // The office answered, if only to refuse: the next change is saved as usual, not only kept here.
      if (!notReached(result.error.code)) offlineTries = 0;
      if (notReached(result.error.code)) {
        // Kept here at once, then tried again: the text outlives the tab, the network and this window.
        keepHere(follows.getContent());
        saveState.set({ kind: 'offline', keptAt: new Date().toISOString() });
        if (!left) plan(offlineRetryMs(offlineTries++));
      } else if (result.error.code === 'REVISION_CONFLICT') {
        blocked = true;
        const { by, byName } = result.error.details;
        const someoneElse = typeof by === 'string' && by !== me;
        saveState.set({ kind: 'conflict', message: follows.describe(result.error), by: someoneElse ? String(byName ?? by) : null });
      } else {
        saveState.set({ kind: 'failed', message: follows.describe(result.error) });
      }
    })();
    inFlight = attempt;
    try {
      await attempt;
    } finally {
      inFlight = null;
    }
  };

  const markChanged = () => {
    dirty = true;
    if (blocked) return;
    if (offlineTries > 0) {
      // Offline: each change is kept here; the retry already planned sends it when the office answers.
      keepSoon(name || String(storedId), () => keepHere(follows.getContent()));
      return;
    }
    // Shown at once, by the save indicator alone (the form does not read the state): keys while pending change nothing.
    if (saveState.get().kind !== 'pending') saveState.set({ kind: 'pending' });
    plan(autosaveDelayMs);
    longest ??= setTimeout(() => void saveNow(), autosaveLongestWaitMs);
  };

  return {
    saveState,
    settled: () => !dirty && !inFlight && saveState.get().kind === 'saved',
    markChanged,
    saveNow,
    async overwriteFrom(latest) {
      base = latest;
      blocked = false;
      dirty = true;
      await saveNow();
    },
    lastStored: () => stored,
    follow(latest) {
      follows = latest;
    },
    online() {
      if (offlineTries > 0 && dirty) void saveNow();
    },
    closing() {
      if (!dirty && !inFlight) return false;
      keepHere(follows.getContent());
      return true;
    },
    leave() {
      left = true;
      if (dirty || inFlight) keepHere(follows.getContent());
      void saveNow();
    },
  };
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
