import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWhen } from '../i18n/useWhen';

interface RescueBannerProps {
  at: string;
  /** The kept text as plain text: what Recover would bring back, or, when it cannot go back, what to copy. */
  text: string;
  /** Absent when the communiqué can no longer be edited by this person (sent to review, published…): the text is shown, not restored. */
  onRestore?: (() => void) | undefined;
  onDiscard(): void;
  /** Who saved the communiqué after the kept text was written, if anyone did: recovering then asks about each part. */
  savedSince?: string | null;
}

/** Offers back the text this machine kept when the editor was left before it could be saved. */
export function RescueBanner({ at, text, onRestore, onDiscard, savedSince = null }: RescueBannerProps) {
  const { t } = useTranslation();
  const when = useWhen()(at);
  // Discarding loses the text for good: asked once more, as the list asks for a draft.
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="rescue-banner" role="alert" aria-labelledby="rescue-title">
      <h2 id="rescue-title">{t('rescue.title')}</h2>
      <p>
        {!onRestore
          ? t('rescue.readOnlyBody', { when })
          : savedSince !== null
            ? t('rescue.bodySavedSince', { when, who: savedSince })
            : t('rescue.body', { when })}
      </p>
      {onRestore ? (
        <details>
          <summary>{t('rescue.showText')}</summary>
          <textarea className="rescue-text" readOnly rows={8} aria-label={t('rescue.keptText')} value={text} />
        </details>
      ) : (
        <textarea className="rescue-text" readOnly rows={8} aria-label={t('rescue.keptText')} value={text} />
      )}
      <div className="actions">
        {onRestore && (
          <button type="button" className="primary" onClick={onRestore}>
            {t('rescue.restore')}
          </button>
        )}
        {confirming ? (
          <>
            <span>{t('rescue.confirmDiscard')}</span>
            <button type="button" className="danger" onClick={onDiscard}>
              {t('rescue.discard')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('unsent.keep')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('rescue.discard')}
          </button>
        )}
      </div>
    </section>
  );
}
