import { memo, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Communique } from '../../../shared/domain/communique';
import type { ExportRecord } from '../../../shared/domain/exportRecord';
import type { VersionSummary } from '../../../shared/domain/version';
import type { ExportFormat } from '../../../shared/export/exportFormat';
import type { ExportChoice } from '../../../shared/workflow/exportText';
import { defaultExportText, exportsClean } from '../../../shared/workflow/exportText';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { base64ToBytes } from './base64';
import { downloadFile } from './downloadFile';
import { ExportsTable } from './ExportsTable';

/**
 * Exporting one communiqué: which text (the approved version clean; any other with BORRADOR), Word, PDF, text and
 * e-mail HTML as downloads, a copy for e-mail, and every file exported so far.
 */
export const ExportPanel = memo(function ExportPanel({ communique, saveNow }: { communique: Communique; saveNow(): Promise<void> }) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [records, setRecords] = useState<ExportRecord[]>([]);
  const [which, setWhich] = useState<ExportChoice>(() => defaultExportText(communique));
  // Folded while the text is being written; open once there is an approved text to hand out.
  const [open, setOpen] = useState(() => exportsClean(communique, defaultExportText(communique)));
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { id } = communique;

  const loadRecords = useCallback(async () => {
    const result = await api.listExports({ id });
    if (result.ok) setRecords(result.value);
  }, [api, id]);
  useEffect(() => {
    void api.listVersions({ id }).then((result) => result.ok && setVersions(result.value));
    void loadRecords();
  }, [api, id, loadRecords]);

  const clean = exportsClean(communique, which);
  const version = which === 'working' ? {} : { version: which };

  const run = async (label: string, work: () => Promise<string | null>) => {
    setBusy(label);
    setNotice(null);
    setError(null);
    try {
      // The text on screen is what a working-copy export holds: store pending edits first.
      if (which === 'working') await saveNow();
      const message = await work();
      if (message) setNotice(message);
      await loadRecords();
    } finally {
      setBusy(null);
    }
  };

  const download = (format: ExportFormat) =>
    run(t('exporting.preparing', { format: t(`exporting.${format}`) }), async () => {
      const result = await api.renderExport({ id, format, ...version });
      if (!result.ok) {
        setError(describe(result.error));
        return null;
      }
      downloadFile(result.value.fileName, result.value.mimeType, result.value.base64);
      return t('exporting.downloaded', { file: result.value.fileName, sha: result.value.sha256.slice(0, 12) });
    });

  const copy = () =>
    run(t('exporting.preparing', { format: t('exporting.html') }), async () => {
      const [html, text] = await Promise.all([api.renderExport({ id, format: 'html', ...version }), api.renderExport({ id, format: 'txt', ...version })]);
      if (!html.ok) {
        setError(describe(html.error));
        return null;
      }
      if (!text.ok) {
        setError(describe(text.error));
        return null;
      }
      try {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([base64ToBytes(html.value.base64)], { type: 'text/html' }),
            'text/plain': new Blob([base64ToBytes(text.value.base64)], { type: 'text/plain' }),
          }),
        ]);
        return t('exporting.copied');
      } catch {
        setError(t('exporting.copyFailed'));
        return null;
      }
    });

  const label = (version: VersionSummary) => {
    if (exportsClean(communique, version.seq)) return t('exporting.approvedOption', { seq: version.seq });
    if (communique.status === 'in_review' && version.seq === communique.latestVersion?.seq) return t('exporting.reviewOption', { seq: version.seq });
    return t('exporting.versionOption', { seq: version.seq });
  };

  return (
    <section className="export-panel" aria-labelledby={`export-${id}`}>
      <details className="side-fold" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <h2 id={`export-${id}`}>{t('exporting.heading')}</h2>
        </summary>
        <label>
          {t('exporting.which')}
          <select value={String(which)} onChange={(event) => setWhich(event.target.value === 'working' ? 'working' : Number(event.target.value))}>
            {[...versions].reverse().map((version) => (
              <option key={version.id} value={version.seq}>
                {label(version)}
              </option>
            ))}
            <option value="working">{t('exporting.workingOption')}</option>
          </select>
        </label>
        <p className={clean ? 'note clean' : 'note draft'}>{clean ? t('exporting.cleanNote') : t('exporting.draftNote')}</p>
        <div className="actions">
          {(['docx', 'pdf', 'txt', 'html'] as const).map((format) => (
            <button key={format} type="button" disabled={busy !== null} onClick={() => void download(format)}>
              {t(`exporting.${format}`)}
            </button>
          ))}
          <button type="button" disabled={busy !== null} onClick={() => void copy()}>
            {t('exporting.copy')}
          </button>
        </div>
        {(busy ?? notice) && <p role="status">{busy ?? notice}</p>}
        {error && <ErrorBanner message={error} />}
        <details>
          <summary>
            {t('exporting.records')} ({records.length})
          </summary>
          <ExportsTable records={records} />
        </details>
      </details>
    </section>
  );
});
