import { useTranslation } from 'react-i18next';

interface RescueBannerProps {
  at: string;
  /** The kept text as plain text, shown to copy when it cannot go back into the communiqué. */
  text: string;
  /** Absent when the communiqué can no longer be edited by this person (sent to review, published…): the text is shown, not restored. */
  onRestore?: (() => void) | undefined;
  onDiscard(): void;
}

/** Offers back the text this machine kept when the editor was left before it could be saved. */
export function RescueBanner({ at, text, onRestore, onDiscard }: RescueBannerProps) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-US' : 'es-MX', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
  return (
    <section className="rescue-banner" role="alert" aria-labelledby="rescue-title">
      <h2 id="rescue-title">{t('rescue.title')}</h2>
      <p>{onRestore ? t('rescue.body', { when }) : t('rescue.readOnlyBody', { when })}</p>
      {!onRestore && <textarea className="rescue-text" readOnly rows={8} aria-label={t('rescue.keptText')} value={text} />}
      <div className="actions">
        {onRestore && (
          <button type="button" className="primary" onClick={onRestore}>
            {t('rescue.restore')}
          </button>
        )}
        <button type="button" onClick={onDiscard}>
          {t('rescue.discard')}
        </button>
      </div>
    </section>
  );
}
