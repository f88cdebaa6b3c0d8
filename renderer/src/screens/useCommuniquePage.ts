import { useEffect, useRef, useState } from 'react';
import type { CommuniquePage, CommuniqueQuery } from '../../../shared/domain/communiqueQuery';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { notReached } from '../../../shared/contract/notReached';

/** Pause after the last keystroke in the search box before asking: results as one types, not one request per key. */
export const searchDelayMs = 180;

/** Asks again for the list: how many times, and whether the last time was for others' changes heard (a passive look). */
export interface Reloads {
  count: number;
  heard: boolean;
}

/** One page of the list for a query, asked of the back end as the query changes (or `reloads` counts up); a slower older answer never wins. */
export function useCommuniquePage(query: CommuniqueQuery, typing: boolean, reloads: Reloads = { count: 0, heard: false }) {
  const api = useApi();
  const describe = useErrorMessage();
  const [page, setPage] = useState<CommuniquePage | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Asked again by itself while the back end cannot be reached: sooner when the browser says the network is back.
  const [tries, setTries] = useState(0);
  const [unreached, setUnreached] = useState(false);
  const failures = useRef(0);
  const latest = useRef(0);
  const reloadsSeen = useRef(reloads.count);
  const key = JSON.stringify(query);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tries` asks again after the back end could not be reached
  useEffect(() => {
    // Asked again when the list changed underneath (an import, others' work heard): `reloads` counts those changes.
    const passive = reloads.heard && reloads.count !== reloadsSeen.current;
    reloadsSeen.current = reloads.count;
    const request = ++latest.current;
    const timer = setTimeout(
      () =>
        void api.findCommuniques(JSON.parse(key) as CommuniqueQuery, passive ? { passive: true } : undefined).then((result) => {
          if (request !== latest.current) return;
          const down = !result.ok && notReached(result.error.code);
          failures.current = down ? failures.current + 1 : 0;
          setUnreached(down);
          if (!result.ok) return setError(describe(result.error));
          setError(null);
          setPage(result.value);
        }),
      typing ? searchDelayMs : 0,
    );
    return () => clearTimeout(timer);
  }, [api, describe, key, typing, reloads.count, reloads.heard, tries]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each failed try plans the next
  useEffect(() => {
    if (!unreached) return;
    const again = () => setTries((count) => count + 1);
    const timer = setTimeout(again, Math.min(30_000, 2500 * 2 ** Math.min(failures.current, 4)));
    window.addEventListener('online', again);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', again);
    };
  }, [unreached, tries]);
  return { page, error, reached: page !== null && error === null };
}
