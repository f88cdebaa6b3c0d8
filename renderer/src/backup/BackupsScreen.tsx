import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupRetention } from '../../../shared/backup/backupRetention';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { BackupOutcome } from './BackupOutcome';
import type { Backup } from './BackupTable';
import { BackupTable } from './BackupTable';
import { OtherFolderBackups } from './OtherFolderBackups';
import { RestoreDialog } from './RestoreDialog';
import { SaveElsewherePanel } from './SaveElsewherePanel';

/** Which folder task is open below the buttons. */
type Panel = 'save' | 'browse' | null;

/** An administrator's backups: the daily ones Redacta keeps, one made now or into another folder, and a restore that asks first. */
export function BackupsScreen() {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [own, setOwn] = useState<{ folder: string; backups: Backup[] } | null>(null);
  const [backingUp, setBackingUp] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [restoring, setRestoring] = useState<Backup | null>(null);

  const refresh = useCallback(async () => {
    const result = await api.listBackups({});
    if (result.ok) setOwn({ folder: result.value.folder, backups: result.value.backups });
    else setError(describe(result.error));
  }, [api, describe]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const backUpNow = async () => {
    setBackingUp(true);
    setWritten(null);
    setError(null);
    const result = await api.backUpNow({});
    if (result.ok) {
      setWritten(result.value.file);
      await refresh();
    } else setError(describe(result.error));
    setBackingUp(false);
  };
  const toggle = (which: Exclude<Panel, null>) => setPanel((open) => (open === which ? null : which));

  return (
    <main className="list-screen backups-screen">
      <h1>{t('backups.heading')}</h1>
      <p>
        {t('backups.explain', backupRetention)} {own && <code className="backups-folder">{own.folder}</code>}
      </p>
      {own && <BackupTable backups={own.backups} label={t('backups.ownTable')} empty={t('backups.emptyOwn')} onRestore={setRestoring} />}
      <div className="actions">
        <button type="button" className="primary" disabled={backingUp} onClick={() => void backUpNow()}>
          {backingUp ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
        <button type="button" aria-expanded={panel === 'save'} onClick={() => toggle('save')}>
          {t('backups.saveElsewhere')}
        </button>
        <button type="button" aria-expanded={panel === 'browse'} onClick={() => toggle('browse')}>
          {t('backups.restoreElsewhere')}
        </button>
      </div>
      <BackupOutcome written={written} error={error} />
      {panel === 'save' && <SaveElsewherePanel onClose={() => setPanel(null)} />}
      {panel === 'browse' && <OtherFolderBackups onRestore={setRestoring} onClose={() => setPanel(null)} />}
      {restoring && own && <RestoreDialog backup={restoring} backupsFolder={own.folder} onClose={() => setRestoring(null)} />}
    </main>
  );
}
