import { useTranslation } from 'react-i18next';

interface RescueBannerProps {
  at: string;
  onRestore(): void;
  onDiscard(): void;
}

/** Offers back the text this machine kept when the editor was left before it could be saved. */
export function RescueBanner({ at, onRestore, onDiscard }: RescueBannerProps) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-US' : 'es-MX', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
  return (
    <section className="rescue-banner" role="alert" aria-labelledby="rescue-title">
      <h2 id="rescue-title">{t('rescue.title')}</h2>
      <p>{t('rescue.body', { when })}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onRestore}>
          {t('rescue.restore')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('rescue.discard')}
        </button>
      </div>
    </section>
  );
}
