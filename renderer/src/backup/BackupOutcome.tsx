import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../components/ErrorBanner';

/** What a copy made from this screen came to: where it was written, or why not. */
export function BackupOutcome({ written, error }: { written: string | null; error: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      {written && (
        <p role="status" className="backups-written">
          {t('backups.written', { file: written })}
        </p>
      )}
      {error && <ErrorBanner message={error} />}
    </>
  );
}
