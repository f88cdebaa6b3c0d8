import type { Communique } from '../../../shared/domain/communique';
import type { CommuniqueStatus } from '../../../shared/domain/status';
import { useApi } from '../api/ApiContext';
import { useLiveRefresh } from '../live/LiveChanges';
import { useSession } from '../session/SessionContext';

/**
 * On an office server, what others do to this communiqué (submit, decide, number, publish) shows in its editor as soon
 * as nothing of this person's waits to be saved; an edit of theirs meets the revision check at the next save instead.
 */
export function useFollowOthers(
  communique: Pick<Communique, 'id' | 'number'>,
  status: CommuniqueStatus,
  /** Whether nothing of this person's waits to be saved, asked at the moment it matters. */
  settled: () => boolean,
  reloadAll: () => Promise<void>,
): void {
  const api = useApi();
  const session = useSession();
  useLiveRefresh(
    async (meta) => {
      if (!settled()) return;
      const fresh = await api.getCommunique({ id: communique.id }, meta);
      // Reloaded only when where it stands changed, and only if the person has not typed meanwhile.
      const moved = fresh.ok && (fresh.value.status !== status || fresh.value.number !== communique.number);
      if (moved && settled()) await reloadAll();
    },
    (change) => change.communiqueId === communique.id && change.by !== session.actor?.name,
  );
}
