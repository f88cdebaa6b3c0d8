import { useTranslation } from 'react-i18next';

/** Shown in browser mode when the tab has no valid session token. */
export function UnauthorizedScreen() {
  const { t } = useTranslation();
  return (
    <main className="unauthorized">
      <h1>{t('app.name')}</h1>
      <p role="alert">{t('browser.unauthorized')}</p>
    </main>
  );
}
