import { useRef } from 'react';
import type { Communique } from '../../../shared/domain/communique';
import type { CommuniqueStatus } from '../../../shared/domain/status';
import { useApi } from '../api/ApiContext';
import { useLiveRefresh } from '../live/LiveChanges';
import { useSession } from '../session/SessionContext';
import type { SaveState } from './SaveState';

/**
 * On an office server, what others do to this communiqué (submit, decide, number, publish) shows in its editor as soon
 * as nothing of this person's waits to be saved; an edit of theirs meets the revision check at the next save instead.
 */
export function useFollowOthers(
  communique: Pick<Communique, 'id' | 'number'>,
  status: CommuniqueStatus,
  saveState: SaveState,
  reloadAll: () => Promise<void>,
): void {
  const api = useApi();
  const session = useSession();
  const settled = useRef(true);
  settled.current = saveState.kind === 'saved';
  useLiveRefresh(
    async (meta) => {
      if (!settled.current) return;
      const fresh = await api.getCommunique({ id: communique.id }, meta);
      // Reloaded only when where it stands changed, and only if the person has not typed meanwhile.
      const moved = fresh.ok && (fresh.value.status !== status || fresh.value.number !== communique.number);
      if (moved && settled.current) await reloadAll();
    },
    (change) => change.communiqueId === communique.id && change.by !== session.actor?.name,
  );
}
