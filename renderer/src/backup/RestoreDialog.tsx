import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { useLongWhen } from '../i18n/useLongWhen';
import type { Backup } from './BackupTable';

/**
 * Asks before a backup replaces the database: which copy, that what came after it is not in it, that the current database is
 * kept aside, that everyone signs in again. Restored, the interface starts again on the restored store.
 */
export function RestoreDialog({ backup, backupsFolder, onClose }: { backup: Backup; backupsFolder: string; onClose(): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const when = useLongWhen();
  const dialog = useRef<HTMLDialogElement>(null);
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  const restore = async () => {
    setRestoring(true);
    setError(null);
    const result = await api.restoreBackup({ file: backup.file });
    if (result.ok) {
      // The back end now runs on the restored store and every session ended: start the interface again on it.
      window.location.reload();
      return;
    }
    setError(describe(result.error));
    setRestoring(false);
  };

  const date = when(backup.takenAt);
  return (
    <dialog
      ref={dialog}
      className="restore-dialog"
      aria-labelledby="restore-title"
      onClose={onClose}
      // Escape does not walk away from a restore under way.
      onCancel={(event) => restoring && event.preventDefault()}
    >
      <h2 id="restore-title">{t('backups.dialog.title', { date })}</h2>
      <p>{t('backups.dialog.lost', { date })}</p>
      <p>{t('backups.dialog.keptAside', { folder: backupsFolder })}</p>
      <p>{t('backups.dialog.signIn')}</p>
      {error && <ErrorBanner message={error} />}
      <div className="actions">
        <button type="button" className="primary" disabled={restoring} onClick={() => void restore()}>
          {restoring ? t('backups.dialog.restoring') : t('backups.dialog.confirm')}
        </button>
        <button type="button" disabled={restoring} onClick={() => dialog.current?.close()} autoFocus>
          {t('backups.dialog.cancel')}
        </button>
      </div>
    </dialog>
  );
}
