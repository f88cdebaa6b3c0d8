/** A letterhead as far as when it applies: its id and the day it starts. */
interface Dated {
  id: number;
  validFrom: string;
}

/**
 * The letterhead in force on `date` (ISO day): the latest that started by then, the newest made if two start the same
 * day; if none had started, the earliest. A new communiqué keeps the one in force on the day it is started.
 */
export function letterheadInForce<T extends Dated>(letterheads: readonly T[], date: string): T | undefined {
  const started = letterheads.filter((letterhead) => letterhead.validFrom <= date);
  const pool = started.length > 0 ? started : letterheads;
  const later = (a: T, b: T) => (a.validFrom !== b.validFrom ? a.validFrom > b.validFrom : a.id > b.id);
  const earlier = (a: T, b: T) => (a.validFrom !== b.validFrom ? a.validFrom < b.validFrom : a.id > b.id);
  return pool.reduce<T | undefined>(
    (best, candidate) => (best === undefined || (started.length > 0 ? later : earlier)(candidate, best) ? candidate : best),
    undefined,
  );
}
