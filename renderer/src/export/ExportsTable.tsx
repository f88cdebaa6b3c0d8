import { useTranslation } from 'react-i18next';
import type { ExportRecord } from '../../../shared/domain/exportRecord';
import { useWhen } from '../i18n/useWhen';

/** A communiqué's exported files: name, format, which text, approved or draft, who, when, and the file's SHA-256. */
export function ExportsTable({ records }: { records: readonly ExportRecord[] }) {
  const { t } = useTranslation();
  const when = useWhen();
  if (records.length === 0) return <p>{t('exporting.noRecords')}</p>;
  return (
    <table className="communique-table exports-table" aria-label={t('exporting.records')}>
      <thead>
        <tr>
          <th scope="col">{t('exporting.file')}</th>
          <th scope="col">{t('exporting.format')}</th>
          <th scope="col">{t('exporting.text')}</th>
          <th scope="col">{t('exporting.who')}</th>
          <th scope="col">{t('exporting.when')}</th>
          <th scope="col">SHA-256</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.id}>
            <td>{record.fileName}</td>
            <td>{record.format.toUpperCase()}</td>
            <td>
              {record.versionSeq === null ? t('exporting.workingCopy') : `v${record.versionSeq}`} ·{' '}
              {record.draft ? t('exporting.draftMark') : t('exporting.clean')}
            </td>
            <td>{record.exportedBy}</td>
            <td>{when(record.exportedAt)}</td>
            <td className="hash" title={record.sha256}>
              {record.sha256.slice(0, 12)}…
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
