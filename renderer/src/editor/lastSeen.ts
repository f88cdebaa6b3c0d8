import { z } from 'zod';
import type { RedactaApi } from '../../../shared/contract/redactaApi';
import type { Letterhead } from '../../../shared/domain/letterhead';
import { letterheadInForce } from '../../../shared/domain/letterheadInForce';
import { toIsoDate } from '../../../shared/domain/toIsoDate';
import { letterheadSchema } from '../../../shared/domain/letterhead';
import type { Series } from '../../../shared/domain/series';
import { seriesSchema } from '../../../shared/domain/series';
import { scopedKey } from '../desk/storageScope';

/** The series and letterhead this computer last read from the database in use: what a draft started offline is laid out with. */
const stored = {
  series: { key: () => scopedKey('seen', 'series'), schema: z.array(seriesSchema).min(1) },
  letterhead: { key: () => scopedKey('seen', 'letterhead'), schema: letterheadSchema },
};

/** Remembers the series as last read. */
export function rememberSeries(series: Series[]): void {
  keep(stored.series.key(), series);
}

/** Remembers the letterhead in force today, as the office says it now. */
export async function rememberLetterheadInForce(api: RedactaApi): Promise<void> {
  const all = await api.listLetterheads({});
  const inForce = all.ok ? letterheadInForce(all.value, toIsoDate(new Date())) : undefined;
  if (!inForce) return;
  const letterhead = await api.getLetterhead({ id: inForce.id });
  if (letterhead.ok) keep(stored.letterhead.key(), letterhead.value);
}

/** The series as last read here, or none. */
export function lastSeenSeries(): Series[] {
  return read(stored.series.key(), stored.series.schema) ?? [];
}

/** The letterhead in force when the office was last reached from here, or none. */
export function lastSeenLetterhead(): Letterhead | null {
  return read(stored.letterhead.key(), stored.letterhead.schema) ?? null;
}

function keep(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: an offline draft then starts without a letterhead in its preview.
  }
}

function read<T>(key: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(localStorage.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
