import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallMeta } from '../../../shared/contract/callMeta';
import type { CommuniqueSummary } from '../../../shared/domain/communique';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { CommuniqueTable } from '../components/CommuniqueTable';
import { ErrorBanner } from '../components/ErrorBanner';
import { useLiveRefresh } from '../live/LiveChanges';
import { useSeries } from './useSeries';

type Inbox = { toReview: CommuniqueSummary[]; changesRequested: CommuniqueSummary[]; approvedUnpublished: CommuniqueSummary[] };

/** What waits for this person: to review (others' work), sent back for changes, approved and not published. */
export function InboxScreen() {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const series = useSeries();
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    async (meta?: CallMeta) => {
      const result = await api.getInbox({}, meta);
      if (!result.ok) return setError(describe(result.error));
      setError(null);
      setInbox(result.value);
    },
    [api, describe],
  );
  useEffect(() => void load(), [load]);
  // On an office server, what others submit, decide or publish arrives without reloading.
  useLiveRefresh(load, () => true);
  const section = (key: keyof Inbox, heading: string, empty: string, hrefOf?: (row: CommuniqueSummary) => string) => (
    <section aria-labelledby={`inbox-${key}`} className="inbox-section">
      <h2 id={`inbox-${key}`}>
        {heading} <small>({inbox?.[key].length ?? 0})</small>
      </h2>
      {inbox && inbox[key].length === 0 ? <p>{empty}</p> : inbox && <CommuniqueTable rows={inbox[key]} series={series} hrefOf={hrefOf} />}
    </section>
  );
  return (
    <main className="list-screen">
      <h1>{t('inbox.heading')}</h1>
      {error && <ErrorBanner message={error} />}
      {/* What waits for review opens where it is reviewed. */}
      {section('toReview', t('inbox.toReview'), t('inbox.noneToReview'), (row) => `/c/${row.id}/revision`)}
      {section('changesRequested', t('inbox.changesRequested'), t('inbox.noneChanges'))}
      {section('approvedUnpublished', t('inbox.approvedUnpublished'), t('inbox.noneApproved'))}
    </main>
  );
}
