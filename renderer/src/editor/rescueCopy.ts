import { z } from 'zod';
import type { Content } from '../../../shared/domain/content';
import { contentSchema } from '../../../shared/domain/content';
import { scopedKey, scopedKeys, unpersonalKey } from '../desk/storageScope';

/** Text of this window that never reached the store, kept so leaving the editor can never lose it. */
export interface RescueCopy {
  content: Content;
  at: string;
  /** The stored revision the text was written on; absent in a copy kept by an earlier version. */
  revision?: number | undefined;
  /** The stored text at that revision, when it fit: what lets a conflict take what only the other side changed. */
  base?: Content | undefined;
}

const rescueSchema = z.object({
  content: contentSchema,
  at: z.string(),
  revision: z.number().int().positive().optional(),
  base: contentSchema.optional(),
});
const key = (id: number) => scopedKey('rescue', id);

/**
 * Keeps this window's unsaved text of communiqué `id`, written on stored revision `revision` whose text was `base` (null
 * if not known), as its writer's (`as`, see storageScope). A long text whose base does not fit is kept without it.
 */
export function keepRescueCopy(id: number, content: Content, revision: number, base: Content | null, as?: string): void {
  const at = new Date().toISOString();
  for (const kept of [
    { content, at, revision, ...(base ? { base } : {}) },
    { content, at, revision },
  ]) {
    try {
      localStorage.setItem(scopedKey('rescue', id, as), JSON.stringify(kept));
      return;
    } catch {
      // Storage full: tried once more without the base; then the beforeunload warning is the remaining guard.
    }
  }
}

/** The unsaved text kept for communiqué `id` by the person signed in, if any and still readable. */
export function readRescueCopy(id: number): RescueCopy | null {
  return readAt(key(id)) ?? readAt(unpersonalKey('rescue', id));
}

/** Forgets the unsaved text of communiqué `id` (stored since, or discarded on purpose). */
export function dropRescueCopy(id: number): void {
  localStorage.removeItem(key(id));
  localStorage.removeItem(unpersonalKey('rescue', id));
}

/** Every communiqué with text of the person signed in kept here, not yet stored. */
export function rescueCopies(): { id: number; copy: RescueCopy }[] {
  return scopedKeys('rescue')
    .map(({ key: at, name }) => ({ id: Number(name), copy: readAt(at) }))
    .filter((kept): kept is { id: number; copy: RescueCopy } => Number.isSafeInteger(kept.id) && kept.id > 0 && kept.copy !== null);
}

function readAt(at: string): RescueCopy | null {
  const raw = localStorage.getItem(at);
  if (!raw) return null;
  try {
    const parsed = rescueSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
