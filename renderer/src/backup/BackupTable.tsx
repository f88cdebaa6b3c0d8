import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract/contract';
import { useLongWhen } from '../i18n/useLongWhen';

/** One backup as listBackups gives it: its file, when it was taken, its size. */
export type Backup = MethodOutput<'listBackups'>['backups'][number];

const bytesPerMegabyte = 1024 * 1024;

/** The backups of one folder, newest first, each with its date, its size and a button to restore it; or why there are none. */
export function BackupTable({
  backups,
  label,
  empty,
  onRestore,
}: {
  backups: readonly Backup[];
  label: string;
  empty: string;
  onRestore(backup: Backup): void;
}) {
  const { t, i18n } = useTranslation();
  const when = useLongWhen();
  const rowId = useId();
  const megabytes = useMemo(
    () => new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'es-MX', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    [i18n.language],
  );
  if (backups.length === 0) return <p className="backups-empty">{empty}</p>;
  return (
    <table className="communique-table backups-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t('backups.takenAt')}</th>
          <th scope="col" className="size">
            {t('backups.size')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('backups.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup, index) => (
          <tr key={backup.file}>
            <td id={`${rowId}-${index}`} title={backup.file}>
              {when(backup.takenAt)}
            </td>
            <td className="size">{t('backups.megabytes', { size: megabytes.format(backup.bytes / bytesPerMegabyte) })}</td>
            <td className="row-end">
              {/* The date beside it tells which copy the button restores. */}
              <button type="button" aria-describedby={`${rowId}-${index}`} onClick={() => onRestore(backup)}>
                {t('backups.restore')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
