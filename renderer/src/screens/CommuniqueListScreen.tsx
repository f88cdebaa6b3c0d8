import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { CommuniqueSummary } from '../../../shared/domain/communique';
import type { Series } from '../../../shared/domain/series';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';

/** The office's communiqués, most recently changed first, and the way to start a new one. */
export function CommuniqueListScreen() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const [, navigate] = useLocation();
  const [rows, setRows] = useState<CommuniqueSummary[] | null>(null);
  const [series, setSeries] = useState<Series[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void (async () => {
      const [list, allSeries] = await Promise.all([api.listCommuniques({}), api.listSeries({})]);
      if (!list.ok) return setError(describe(list.error));
      setRows(list.value);
      if (allSeries.ok) setSeries(allSeries.value);
    })();
  }, [api]);

  const create = async () => {
    setCreating(true);
    const result = await api.createCommunique({ content: {} });
    setCreating(false);
    if (!result.ok) return setError(describe(result.error));
    navigate(`/c/${result.value.id}`);
  };

  const language = i18n.language === 'en' ? 'en' : 'es';
  const seriesLabel = (id: string) => series.find((candidate) => candidate.id === id)?.label[language] ?? id;
  const updated = new Intl.DateTimeFormat(language === 'es' ? 'es-MX' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <main className="list-screen">
      <div className="screen-title">
        <h1>{t('list.heading')}</h1>
        <button type="button" className="primary" onClick={() => void create()} disabled={creating}>
          {t('list.newCommunique')}
        </button>
      </div>
      {error && <ErrorBanner message={error} />}
      {rows === null && !error && <p>{t('app.loading')}</p>}
      {rows?.length === 0 && <p>{t('list.empty')}</p>}
      {rows && rows.length > 0 && (
        <table className="communique-table">
          <thead>
            <tr>
              <th scope="col">{t('list.title')}</th>
              <th scope="col">{t('list.series')}</th>
              <th scope="col">{t('list.number')}</th>
              <th scope="col">{t('list.language')}</th>
              <th scope="col">{t('list.status')}</th>
              <th scope="col">{t('list.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const title = row.title || t('list.untitled');
              return (
                <tr key={row.id}>
                  <td>
                    <Link href={`/c/${row.id}`} aria-label={t('list.open', { title })}>
                      {title}
                    </Link>
                  </td>
                  <td>{seriesLabel(row.series)}</td>
                  <td>{row.number === null ? t('list.pendingNumber') : `${row.number}/${row.year}`}</td>
                  <td>{t(`languageName.${row.language}`)}</td>
                  <td>{t(`status.${row.status}`)}</td>
                  <td>{updated.format(new Date(row.updatedAt))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}
