import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { type SaveStateStore, useSaveState } from './saveStateStore';

interface SaveStatusProps {
  /** Read here alone: a change of the save state re-renders the indicator, not the form around it. */
  store: SaveStateStore;
  onRetry(): void;
  onKeepMine(): void;
  onLoadSaved(): void;
  /** Fields still to decide after a conflict, each shown beside its field. */
  pending?: number;
}

/** The visible saved state, and the way out of a failed or conflicting save. */
export const SaveStatus = memo(function SaveStatus({ store, onRetry, onKeepMine, onLoadSaved, pending = 0 }: SaveStatusProps) {
  const { t, i18n } = useTranslation();
  const state = useSaveState(store, (current) => current);
  switch (state.kind) {
    case 'saved': {
      const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-US' : 'es-MX', { timeStyle: 'short' }).format(new Date(state.at));
      return (
        <p className="save-status saved" role="status" data-state="saved">
          {t('save.savedAt', { time })}
        </p>
      );
    }
    case 'pending':
      return (
        <p className="save-status pending" role="status" data-state="pending">
          {t('save.pending')}
        </p>
      );
    case 'saving':
      return (
        <p className="save-status saving" role="status" data-state="saving">
          {t('save.saving')}
        </p>
      );
    case 'offline': {
      const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-US' : 'es-MX', { timeStyle: 'medium' }).format(new Date(state.keptAt));
      return (
        <div className="save-status offline" role="alert" data-state="offline">
          <span>{t('save.offline', { time })}</span>
          <button type="button" onClick={onRetry}>
            {t('save.retryNow')}
          </button>
        </div>
      );
    }
    case 'failed':
      return (
        <div className="save-status failed" role="alert" data-state="failed">
          <span>{t('save.failed', { message: state.message })}</span>
          <button type="button" onClick={onRetry}>
            {t('save.retry')}
          </button>
        </div>
      );
    case 'conflict':
      return (
        <section className="save-status conflict" role="alert" aria-labelledby="conflict-title" data-state="conflict">
          <h2 id="conflict-title">{state.by ? t('save.conflictTitleBy', { who: state.by }) : t('save.conflictTitle')}</h2>
          <p>{state.message}</p>
          <p>{t('save.conflictBody')}</p>
          {pending > 0 && <p>{t('conflict.pending', { count: pending })}</p>}
          <div className="actions">
            <button type="button" onClick={onKeepMine}>
              {t('save.keepMine')}
            </button>
            <button type="button" onClick={onLoadSaved}>
              {t('save.loadSaved')}
            </button>
          </div>
        </section>
      );
  }
});
