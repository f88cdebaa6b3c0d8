import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CommuniqueSummary } from '../../../shared/domain/communique';
import type { Series } from '../../../shared/domain/series';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { CommuniqueTable } from '../components/CommuniqueTable';
import { ErrorBanner } from '../components/ErrorBanner';
import { BatchExportDialog } from '../export/BatchExportDialog';
import { useSession } from '../session/SessionContext';

/** The office's communiqués, most recently changed first, and the way to start a new one. */
export function CommuniqueListScreen() {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [, navigate] = useLocation();
  const [rows, setRows] = useState<CommuniqueSummary[] | null>(null);
  const [series, setSeries] = useState<Series[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [exporting, setExporting] = useState(false);
  const toggle = (ids: readonly number[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const session = useSession();

  useEffect(() => {
    void (async () => {
      const [list, allSeries] = await Promise.all([api.listCommuniques({}), api.listSeries({})]);
      if (!list.ok) return setError(describe(list.error));
      setRows(list.value);
      if (allSeries.ok) setSeries(allSeries.value);
    })();
  }, [api, describe]);

  const create = async () => {
    setCreating(true);
    const result = await api.createCommunique({ content: {} });
    setCreating(false);
    if (!result.ok) return setError(describe(result.error));
    navigate(`/c/${result.value.id}`);
  };

  return (
    <main className="list-screen">
      <div className="screen-title">
        <h1>{t('list.heading')}</h1>
        <button type="button" onClick={() => setExporting(true)} disabled={selected.size === 0}>
          {t('batch.open', { count: selected.size })}
        </button>
        <button type="button" className="primary" onClick={() => void create()} disabled={creating || !session.mayCall('createCommunique')}>
          {t('list.newCommunique')}
        </button>
      </div>
      {exporting && rows && <BatchExportDialog rows={rows.filter((row) => selected.has(row.id))} onClose={() => setExporting(false)} />}
      {error && <ErrorBanner message={error} />}
      {rows === null && !error && <p>{t('app.loading')}</p>}
      {rows?.length === 0 && <p>{t('list.empty')}</p>}
      {rows && rows.length > 0 && <CommuniqueTable rows={rows} series={series} selection={{ selected, toggle }} />}
    </main>
  );
}
