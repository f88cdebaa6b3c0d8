import { useTranslation } from 'react-i18next';

/** Beside a draft started while the office could not be reached: where it is, and what waits for the office. */
export function UnsentNote() {
  const { t } = useTranslation();
  return (
    <section className="unsent-note" aria-label={t('unsent.heading')}>
      <h2>{t('unsent.heading')}</h2>
      <p>{t('unsent.where')}</p>
      <p>{t('unsent.afterwards')}</p>
    </section>
  );
}
