import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';

/** Shown instead of the app when the database failed its check at start: what happened, and its latest good backup to restore. */
export function DamagedStoreScreen({ latestBackup }: { latestBackup: string | null }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const date = latestBackup
    ? new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-US' : 'es-MX', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(latestBackup))
    : null;
  const restore = async () => {
    setBusy(true);
    setError(null);
    const result = await api.restoreLatestBackup({});
    if (result.ok) {
      // The back end now runs on the restored store: start the interface again on it.
      window.location.reload();
      return;
    }
    setError(describe(result.error));
    setBusy(false);
  };
  return (
    <main className="damaged-store">
      <h1>{t('backup.damaged.title')}</h1>
      <p>{t('backup.damaged.explain')}</p>
      {date === null ? (
        <p role="alert">{t('backup.damaged.none')}</p>
      ) : (
        <>
          <p>{t('backup.damaged.latest', { date })}</p>
          <p>{t('backup.damaged.keptAside')}</p>
          <button type="button" className="primary" disabled={busy} onClick={() => void restore()}>
            {busy ? t('backup.damaged.restoring') : t('backup.damaged.restore', { date })}
          </button>
        </>
      )}
      {error && <ErrorBanner message={error} />}
    </main>
  );
}
