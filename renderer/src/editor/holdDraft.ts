import { scopedKey } from '../desk/storageScope';

/**
 * Holds the draft named `key` for this window (a Web Lock shared by every tab and window of this browser): one window
 * at a time writes or sends a draft started here, so two never send two texts under one name. Waits `wait` ms (or until
 * the signal aborts) for a window letting it go; resolves with the way to let it go, or null when another window holds it still. Editors of a
 * stored communiqué hold it shared (several windows may, the revision check guards them): the list, sending what they
 * left here, holds it alone.
 */
export function holdDraft(key: string, wait: number | AbortSignal = 0, mode: LockMode = 'exclusive'): Promise<(() => void) | null> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  // Without Web Locks there is no other window to agree with.
  if (!locks) return Promise.resolve(() => undefined);
  const signal = typeof wait === 'number' ? (wait > 0 ? AbortSignal.timeout(wait) : undefined) : wait;
  const options: LockOptions = signal ? { mode, signal } : { mode, ifAvailable: true };
  return new Promise((resolve) => {
    locks
      .request(scopedKey('draft', key), options, (lock) => {
        if (!lock) return resolve(null);
        return new Promise<void>((release) => resolve(() => release()));
      })
      .catch(() => resolve(null));
  });
}
