import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { CallMeta } from '../../../shared/contract/callMeta';
import { waitingFor } from '../../../shared/workflow/waitingFor';
import { useApi } from '../api/ApiContext';
import { useLiveRefresh } from '../live/LiveChanges';
import { useSession } from '../session/SessionContext';

/** "Bandeja" in the navigation, with how many items wait for this person (asked again on every move). */
export function InboxLink() {
  const api = useApi();
  const { t } = useTranslation();
  const session = useSession();
  const [location] = useLocation();
  const [count, setCount] = useState(0);
  const roles = session.actor?.roles;
  const ask = useCallback(
    async (meta?: CallMeta) => {
      if (!roles) return;
      const result = await api.getInbox({}, meta);
      if (result.ok) setCount(waitingFor(roles, result.value));
    },
    [api, roles],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: after each move (the location) the count is asked again
  useEffect(() => void ask(), [ask, location]);
  // And on an office server, whenever others submit, decide or publish.
  useLiveRefresh(ask, () => true);
  return (
    <Link href="/bandeja" aria-label={count > 0 ? t('inbox.navWaiting', { count }) : t('inbox.nav')}>
      {t('inbox.nav')}
      {count > 0 && (
        <span className="nav-count" aria-hidden="true">
          {count}
        </span>
      )}
    </Link>
  );
}
