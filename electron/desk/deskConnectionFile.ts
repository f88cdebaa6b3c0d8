import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** What a desk keeps of the offices it works in: the one its screens use now (null: its own database), and each office's pinned certificate. */
export interface DeskConnectionState {
  current: string | null;
  /** Office origin → SHA-256 fingerprint pinned on first use. Kept after leaving, so coming back is checked too. */
  pins: Record<string, string>;
}

const stateSchema = z.object({ current: z.string().nullable(), pins: z.record(z.string(), z.string()) });

/** The file in the desk's user-data folder. */
export const deskConnectionFileName = 'office-connection.json';

/** The desk's offices; none when the file is absent. A file that is not ours is kept aside, and read as none. */
export function readDeskConnection(folder: string): DeskConnectionState {
  const path = join(folder, deskConnectionFileName);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { current: null, pins: {} };
  }
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: kept aside below.
  }
  renameSync(path, `${path}.unreadable-${Date.now()}`);
  return { current: null, pins: {} };
}

/** Writes the desk's offices whole (a new file renamed over the old one: never half written). */
export function writeDeskConnection(folder: string, state: DeskConnectionState): void {
  const path = join(folder, deskConnectionFileName);
  writeFileSync(`${path}.new`, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.new`, path);
}
