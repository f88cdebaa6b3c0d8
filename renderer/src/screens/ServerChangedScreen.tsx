import { useTranslation } from 'react-i18next';

/** Shown when the office server speaks another contract than this page (it was updated while the tab stayed open). */
export function ServerChangedScreen({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <main className="unauthorized">
      <h1>{t('app.name')}</h1>
      <p role="alert">{message}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('browser.reload')}
      </button>
    </main>
  );
}
