import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import type { FolderView } from '../export/FolderPicker';
import { FolderPicker } from '../export/FolderPicker';
import type { Backup } from './BackupTable';
import { BackupTable } from './BackupTable';

/** The backups in a folder the person walks to (a USB stick, another computer's copies), each ready to restore. */
export function OtherFolderBackups({ onRestore, onClose }: { onRestore(backup: Backup): void; onClose(): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Only the folder shown last counts: a slow listing never replaces the one the person went to since.
  const latest = useRef(0);
  const look = useCallback(
    async (folder: FolderView | null) => {
      const request = ++latest.current;
      setBackups(null);
      setError(null);
      if (!folder) return;
      const result = await api.listBackups({ folder: folder.path });
      if (request !== latest.current) return;
      if (result.ok) setBackups(result.value.backups);
      else setError(describe(result.error));
    },
    [api, describe],
  );

  return (
    <section className="backups-panel" aria-labelledby="backups-other-title">
      <h2 id="backups-other-title">{t('backups.restoreHeading')}</h2>
      <FolderPicker initial={null} onChange={(folder) => void look(folder)} />
      {error && <ErrorBanner message={error} />}
      {backups && <BackupTable backups={backups} label={t('backups.otherTable')} empty={t('backups.emptyOther')} onRestore={onRestore} />}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('backups.close')}
        </button>
      </div>
    </section>
  );
}
