import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { BackupOutcome } from './BackupOutcome';
import type { FolderView } from '../export/FolderPicker';
import { FolderPicker } from '../export/FolderPicker';

/** Writes a checked backup into a folder the person chooses (a USB stick, a shared drive), and says where it went. */
export function SaveElsewherePanel({ onClose }: { onClose(): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [folder, setFolder] = useState<FolderView | null>(null);
  const [saving, setSaving] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    if (!folder) return;
    setSaving(true);
    setWritten(null);
    setError(null);
    const result = await api.backUpNow({ folder: folder.path });
    setSaving(false);
    if (result.ok) setWritten(result.value.file);
    else setError(describe(result.error));
  };

  return (
    <section className="backups-panel" aria-labelledby="backups-save-title">
      <h2 id="backups-save-title">{t('backups.saveHeading')}</h2>
      <FolderPicker initial={null} onChange={setFolder} />
      <div className="actions">
        <button type="button" className="primary" disabled={saving || !folder?.writable} onClick={() => void save()}>
          {saving ? t('backups.backingUp') : t('backups.saveHere')}
        </button>
        <button type="button" onClick={onClose}>
          {t('backups.close')}
        </button>
      </div>
      <BackupOutcome written={written} error={error} />
    </section>
  );
}
