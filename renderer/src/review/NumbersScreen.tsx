import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { NumberEntry } from '../../../shared/domain/numberEntry';
import { numbersCsv } from '../../../shared/review/numbersCsv';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { useSession } from '../session/SessionContext';
import { useSeries } from './useSeries';
import { useWhen } from '../i18n/useWhen';
import { NumberingPanel } from './NumberingPanel';
import { SeriesOptions } from '../components/SeriesOptions';

/** The number report of a series for a year: every number assigned or voided, by whom, exportable as CSV. */
export function NumbersScreen() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const session = useSession();
  const series = useSeries().filter((candidate) => candidate.numbered);
  const [seriesId, setSeriesId] = useState('comunicado');
  const [year, setYear] = useState(new Date().getFullYear());
  const [entries, setEntries] = useState<NumberEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const language = i18n.language === 'en' ? 'en' : 'es';

  const load = useCallback(async () => {
    const result = await api.listNumbers({ series: seriesId, year });
    if (result.ok) {
      setEntries(result.value);
      setError(null);
    } else setError(describe(result.error));
  }, [api, seriesId, year, describe]);
  useEffect(() => void load(), [load]);
  // Open on a year that has numbers: this year if it has some, else the latest that does.
  const [yearChosen, setYearChosen] = useState(false);
  useEffect(() => {
    if (yearChosen) return;
    void api.listNumberYears({ series: seriesId }).then((result) => {
      const thisYear = new Date().getFullYear();
      if (result.ok && result.value.length > 0 && !result.value.includes(thisYear)) setYear(result.value[0] ?? thisYear);
    });
  }, [api, seriesId, yearChosen]);

  const exportCsv = () => {
    const blob = new Blob([`\ufeff${numbersCsv(entries, language)}`], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `numeros-${seriesId}-${year}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const when = useWhen();

  return (
    <main className="list-screen">
      <h1>{t('numbers.heading')}</h1>
      <div className="filters">
        <label>
          {t('list.series')}
          <select value={seriesId} onChange={(event) => setSeriesId(event.target.value)}>
            <SeriesOptions series={series} />
          </select>
        </label>
        <label>
          {t('numbers.year')}
          <input
            type="number"
            min={1900}
            max={9999}
            value={year}
            onChange={(event) => {
              setYearChosen(true);
              setYear(Number(event.target.value) || year);
            }}
          />
        </label>
        <button type="button" onClick={exportCsv} disabled={entries.length === 0}>
          {t('numbers.export')}
        </button>
      </div>
      {error && <ErrorBanner message={error} />}
      <NumberingPanel series={seriesId} seriesLabel={series.find((candidate) => candidate.id === seriesId)?.label[language] ?? seriesId} year={year} />
      {entries.length === 0 ? (
        <p>{t('numbers.none')}</p>
      ) : (
        <table className="communique-table">
          <thead>
            <tr>
              <th scope="col">{t('list.number')}</th>
              <th scope="col">{t('numbers.state')}</th>
              <th scope="col">{t('list.title')}</th>
              <th scope="col">{t('numbers.assigned')}</th>
              <th scope="col">{t('numbers.voided')}</th>
              {session.mayCall('voidNumber') && <th scope="col">{t('numbers.void')}</th>}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.number} className={entry.state}>
                <td>{entry.number}</td>
                <td>{t(`numbers.stateOf.${entry.state}`)}</td>
                <td>
                  <Link href={`/c/${entry.communiqueId}`}>{entry.title || t('list.untitled')}</Link>
                </td>
                <td>
                  {entry.assignedBy} · {when(entry.assignedAt)}
                </td>
                <td>{entry.voidedBy && entry.voidedAt ? `${entry.voidedBy} · ${when(entry.voidedAt)} · ${entry.voidReason ?? ''}` : '—'}</td>
                {session.mayCall('voidNumber') && (
                  <td>
                    {entry.state === 'assigned' && session.allows('voidNumber', { id: entry.communiqueId, status: entry.communiqueStatus }) && (
                      <ReasonForm
                        label={t('numbers.voidReasonOf', { number: entry.number })}
                        action={t('numbers.void')}
                        onSubmit={async (reason) => {
                          const result = await api.voidNumber({ series: seriesId, year, number: entry.number, reason });
                          if (!result.ok) return setError(describe(result.error));
                          await load();
                        }}
                      />
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

/** A one-line reason and a button: the reason is required. */
export function ReasonForm({ label, action, onSubmit }: { label: string; action: string; onSubmit(reason: string): Promise<void> }) {
  const [reason, setReason] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit(reason.trim()).then(() => setReason(''));
      }}
    >
      <input type="text" aria-label={label} placeholder={label} value={reason} maxLength={4000} onChange={(event) => setReason(event.target.value)} />
      <button type="submit" disabled={!reason.trim()}>
        {action}
      </button>
    </form>
  );
}
