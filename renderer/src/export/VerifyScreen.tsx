import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ExportVerdict } from '../../../shared/domain/exportVerdict';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { bytesToBase64 } from './base64';
import { useWhen } from '../i18n/useWhen';

/** Largest file worth checking: Redacta's exports are far smaller. */
const maxBytes = 15 * 1024 * 1024;

/** Tells what a file is: dropped on the page or chosen, it is checked against the export records. */
export function VerifyScreen() {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [over, setOver] = useState(false);
  const [checking, setChecking] = useState<string | null>(null);
  const [result, setResult] = useState<{ file: string; verdict: ExportVerdict } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const when = useWhen();

  const check = async (file: File) => {
    setResult(null);
    setError(null);
    if (file.size > maxBytes) return setError(t('verify.tooLarge', { file: file.name }));
    setChecking(file.name);
    const verdict = await api.verifyExport({ base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
    setChecking(null);
    if (!verdict.ok) return setError(describe(verdict.error));
    setResult({ file: file.name, verdict: verdict.value });
  };

  const message = (file: string, verdict: ExportVerdict) => {
    if (verdict.status === 'unknown') return t('verify.unknown', { file, sha: verdict.sha256 });
    const { record } = verdict;
    return t(`verify.${verdict.status}`, {
      file,
      format: record.format.toUpperCase(),
      id: record.communiqueId,
      title: verdict.title,
      version: record.versionSeq === null ? t('verify.workingCopy') : `v${record.versionSeq}`,
      state: record.draft ? t('verify.draft') : t('verify.approved', { number: record.number ?? '—', year: record.year ?? '—' }),
      by: record.exportedBy,
      at: when(record.exportedAt),
    });
  };

  return (
    <main className="list-screen">
      <h1>{t('verify.heading')}</h1>
      <p>{t('verify.explain')}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is the pointer's shortcut; the file button inside is the keyboard's way */}
      <div
        className={`verify-drop${over ? ' over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const file = event.dataTransfer.files[0];
          if (file) void check(file);
        }}
      >
        <p>{t('verify.drop')}</p>
        {/* The browser's own file button speaks the browser's language: this one speaks the interface's. */}
        <label className="file-button">
          {t('verify.chooseButton')}
          <input
            type="file"
            className="visually-hidden"
            aria-label={t('verify.choose')}
            accept=".docx,.pdf,.txt,.html"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void check(file);
              event.target.value = '';
            }}
          />
        </label>
      </div>
      {checking && <p role="status">{t('verify.checking', { file: checking })}</p>}
      {error && <ErrorBanner message={error} />}
      {result && (
        <div className={`verdict ${result.verdict.status}`} role="status">
          <p>{message(result.file, result.verdict)}</p>
          {result.verdict.status !== 'unknown' && <Link href={`/c/${result.verdict.record.communiqueId}`}>{t('verify.open')}</Link>}
        </div>
      )}
    </main>
  );
}
