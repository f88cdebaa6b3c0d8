import { z } from 'zod';
import type { Content } from '../../../shared/domain/content';
import { contentSchema } from '../../../shared/domain/content';
import { scopedKey, scopedKeys } from '../desk/storageScope';

/** A draft started on this computer while the office could not be reached, and not there yet. */
export interface UnsentDraft {
  key: string;
  content: Content;
  /** When its text was last kept here. */
  at: string;
}

const storedSchema = z.object({ content: contentSchema, at: z.string() });
const kind = 'unsent';
// Once at the office only its id is kept, under its name (a text here would fill the browser's small storage).
const sentKind = 'sent';
// A draft the person discarded: a window still holding its text (a retry planned before) neither keeps nor sends it.
const discardedKind = 'discarded';

/** A new name for a draft, the office's key to making it once. */
export function newDraftKey(): string {
  return crypto.randomUUID();
}

/** Starts a draft here with `content`, under the name its first create was sent with (the office may have made it already). */
export function startUnsentDraft(key: string, content: Content): void {
  keepUnsentDraft(key, content);
}

/** Keeps the draft's text as it is now, as its writer's (`as`, see storageScope); one discarded stays discarded. */
export function keepUnsentDraft(key: string, content: Content, as?: string): void {
  if (localStorage.getItem(scopedKey(discardedKind, key, as)) !== null) return;
  try {
    localStorage.setItem(scopedKey(kind, key, as), JSON.stringify({ content, at: new Date().toISOString() }));
  } catch {
    // Storage full or disabled: the beforeunload warning is the remaining guard.
  }
}

/** The draft reached the office as communiqué `id`: its text here goes, its name leads to the communiqué from now on. */
export function markUnsentDraftSent(key: string, id: number): void {
  try {
    localStorage.setItem(scopedKey(sentKind, key), String(id));
  } catch {
    // Not kept: its old address then says the draft is no longer here, and the list has it.
  }
  localStorage.removeItem(scopedKey(kind, key));
}

/** The office's id of the draft named `key`, once it reached the office. */
export function sentAs(key: string): number | null {
  const id = Number(localStorage.getItem(scopedKey(sentKind, key)));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** The draft named `key`, if any and still readable. */
export function readUnsentDraft(key: string): UnsentDraft | null {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(localStorage.getItem(scopedKey(kind, key)) ?? 'null'));
    return parsed.success ? { key, ...parsed.data } : null;
  } catch {
    return null;
  }
}

/** Every draft of this database still waiting to reach the office, oldest first. */
export function unsentDrafts(): UnsentDraft[] {
  return scopedKeys(kind)
    .map(({ name }) => readUnsentDraft(name))
    .filter((draft): draft is UnsentDraft => draft !== null)
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** Forgets a draft the person discarded, for good: nothing kept of it here is sent after. */
export function dropUnsentDraft(key: string): void {
  try {
    localStorage.setItem(scopedKey(discardedKind, key), new Date().toISOString());
  } catch {
    // Storage full: the draft's text still goes below.
  }
  localStorage.removeItem(scopedKey(kind, key));
}

/** Whether the person discarded the draft named `key`. */
export function unsentDraftDiscarded(key: string): boolean {
  return localStorage.getItem(scopedKey(discardedKind, key)) !== null;
}
