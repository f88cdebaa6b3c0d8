import { z } from 'zod';
import type { Content } from '../../../shared/domain/content';
import { contentSchema } from '../../../shared/domain/content';
import { scopedKey } from '../desk/storageScope';

/** Text of this window that never reached the store, kept so leaving the editor can never lose it. */
export interface RescueCopy {
  content: Content;
  at: string;
}

const rescueSchema = z.object({ content: contentSchema, at: z.string() });
const key = (id: number) => scopedKey('rescue', id);

/** Keeps this window's unsaved text of communiqué `id`. */
export function keepRescueCopy(id: number, content: Content): void {
  try {
    localStorage.setItem(key(id), JSON.stringify({ content, at: new Date().toISOString() }));
  } catch {
    // Storage full or disabled: the beforeunload warning is the remaining guard.
  }
}

/** The unsaved text kept for communiqué `id`, if any and still readable. */
export function readRescueCopy(id: number): RescueCopy | null {
  const raw = localStorage.getItem(key(id));
  if (!raw) return null;
  try {
    const parsed = rescueSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets the unsaved text of communiqué `id` (stored since, or discarded on purpose). */
export function dropRescueCopy(id: number): void {
  localStorage.removeItem(key(id));
}
