import { z } from 'zod';
import type { Content } from '../../../shared/domain/content';
import { contentSchema } from '../../../shared/domain/content';
import { scopedKey, scopedKeys } from '../desk/storageScope';

/** A draft started on this computer while the office could not be reached: its text, or which communiqué it became. */
export interface UnsentDraft {
  key: string;
  content: Content;
  /** When its text was last kept here. */
  at: string;
  /** The office's id, once a create reached the office. */
  sentAs: number | null;
}

const storedSchema = z.object({ content: contentSchema, at: z.string(), sentAs: z.number().int().positive().nullable() });
const kind = 'unsent';

/** A new name for a draft, the office's key to making it once. */
export function newDraftKey(): string {
  return crypto.randomUUID();
}

/** Starts a draft here with `content`, under the name its first create was sent with (the office may have made it already). */
export function startUnsentDraft(key: string, content: Content): void {
  keepUnsentDraft(key, content);
}

/** Keeps the draft's text as it is now (a storage that refuses leaves the beforeunload warning as the guard). */
export function keepUnsentDraft(key: string, content: Content): void {
  write(key, { content, at: new Date().toISOString(), sentAs: null });
}

/** The draft reached the office as communiqué `id`: from now on it is that communiqué's (its text stays for a reload that finds its name). */
export function markUnsentDraftSent(key: string, id: number): void {
  const kept = readUnsentDraft(key);
  if (kept) write(key, { content: kept.content, at: kept.at, sentAs: id });
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
    .filter((draft): draft is UnsentDraft => draft !== null && draft.sentAs === null)
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** Forgets a draft the person discarded. */
export function dropUnsentDraft(key: string): void {
  localStorage.removeItem(scopedKey(kind, key));
}

function write(key: string, value: z.infer<typeof storedSchema>): void {
  try {
    localStorage.setItem(scopedKey(kind, key), JSON.stringify(value));
  } catch {
    // Storage full or disabled: the beforeunload warning is the remaining guard.
  }
}
