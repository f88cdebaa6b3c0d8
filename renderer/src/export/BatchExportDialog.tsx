import { format as formatDate } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommuniqueSummary } from '../../../shared/domain/communique';
import type { ExportFormat } from '../../../shared/export/exportFormat';
import { exportFormats } from '../../../shared/export/exportFormat';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { useSession } from '../session/SessionContext';
import { base64ToBytes } from './base64';
import { downloadBytes } from './downloadFile';
import type { FolderView } from './FolderPicker';
import { FolderPicker } from './FolderPicker';
import type { ZippedFile } from './zipFiles';
import { zipFiles } from './zipFiles';

/** What the person answers when a file already exists. */
type Answer = 'replace' | 'replaceAll' | 'skip' | 'skipAll' | 'stop';

/** One file's fate. */
interface Outcome {
  key: string;
  label: string;
  outcome: 'written' | 'replaced' | 'skipped' | 'zipped' | 'failed';
  message: string;
}

const lastFolderKey = 'redacta:export-folder';

/**
 * Exports the selected communiqués to a folder, in the formats chosen, one file after another with a progress bar;
 * Cancel stops after the file in hand. A file already there is replaced or skipped only as the person answers. On an
 * office server (no folder of the server is ever written) the files arrive instead as one zip download.
 */
export function BatchExportDialog({ rows, onClose }: { rows: readonly CommuniqueSummary[]; onClose(): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const session = useSession();
  // A desk writes into a folder of this computer; an office server hands everything over as one download.
  const toFolder = session.mayCall('exportToFolder');
  const dialog = useRef<HTMLDialogElement>(null);
  const [formats, setFormats] = useState<Set<ExportFormat>>(new Set(['docx', 'pdf']));
  const [folder, setFolder] = useState<FolderView | null>(null);
  const [phase, setPhase] = useState<'choose' | 'running' | 'done'>('choose');
  const [progress, setProgress] = useState({ done: 0, total: 0, file: '' });
  const [results, setResults] = useState<Outcome[]>([]);
  const [conflict, setConflict] = useState<{ file: string; folder: string; answer(choice: Answer): void } | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const cancelled = useRef(false);

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  const toggle = (format: ExportFormat, on: boolean) => {
    const next = new Set(formats);
    if (on) next.add(format);
    else next.delete(format);
    setFormats(next);
  };
  const ask = (file: string, where: string) => new Promise<Answer>((answer) => setConflict({ file, folder: where, answer }));

  const start = () => (toFolder ? void toFolderStart() : void asZip());

  /** Every file made in turn, then one zip handed to the browser's download. */
  const asZip = async () => {
    const jobs = rows.flatMap((row) => exportFormats.filter((format) => formats.has(format)).map((format) => ({ row, format })));
    setPhase('running');
    setResults([]);
    cancelled.current = false;
    const done: Outcome[] = [];
    const files: ZippedFile[] = [];
    for (const [index, { row, format }] of jobs.entries()) {
      if (cancelled.current) break;
      const label = `${row.title || t('list.untitled')} · ${t(`exporting.${format}`)}`;
      setProgress({ done: index, total: jobs.length, file: label });
      const result = await api.renderExport({ id: row.id, format });
      if (result.ok) files.push({ name: result.value.fileName, bytes: base64ToBytes(result.value.base64) });
      done.push(
        result.ok
          ? { key: `${row.id}-${format}`, label, outcome: 'zipped', message: result.value.fileName }
          : { key: `${row.id}-${format}`, label, outcome: 'failed', message: describe(result.error) },
      );
      setResults([...done]);
    }
    if (files.length > 0) downloadBytes(t('batch.zipName', { day: formatDate(new Date(), 'yyyy-MM-dd') }), 'application/zip', zipFiles(files));
    const failed = done.filter((item) => item.outcome === 'failed').length;
    setProgress((current) => ({ ...current, done: done.length }));
    setSummary(
      cancelled.current ? t('batch.cancelledZip', { done: files.length, total: jobs.length }) : t('batch.finishedZip', { written: files.length, failed }),
    );
    setCancelling(false);
    setPhase('done');
  };

  const toFolderStart = async () => {
    if (!folder) return;
    localStorage.setItem(lastFolderKey, folder.path);
    const jobs = rows.flatMap((row) => exportFormats.filter((format) => formats.has(format)).map((format) => ({ row, format })));
    setPhase('running');
    setResults([]);
    cancelled.current = false;
    let policy: 'ask' | 'replace' | 'skip' = 'ask';
    const done: Outcome[] = [];
    for (const [index, { row, format }] of jobs.entries()) {
      if (cancelled.current) break;
      const label = `${row.title || t('list.untitled')} · ${t(`exporting.${format}`)}`;
      setProgress({ done: index, total: jobs.length, file: label });
      const request = { id: row.id, format, folder: folder.path };
      let result = await api.exportToFolder({ ...request, ifExists: policy });
      if (!result.ok && result.error.code === 'FILE_EXISTS') {
        const choice = await ask(String(result.error.details.fileName ?? ''), folder.path);
        setConflict(null);
        if (choice === 'stop') {
          cancelled.current = true;
          break;
        }
        if (choice === 'replaceAll') policy = 'replace';
        if (choice === 'skipAll') policy = 'skip';
        result = await api.exportToFolder({ ...request, ifExists: choice.startsWith('replace') ? 'replace' : 'skip' });
      }
      done.push(
        result.ok
          ? { key: `${row.id}-${format}`, label, outcome: result.value.outcome, message: result.value.fileName }
          : { key: `${row.id}-${format}`, label, outcome: 'failed', message: describe(result.error) },
      );
      setResults([...done]);
    }
    const count = (outcome: Outcome['outcome']) => done.filter((item) => item.outcome === outcome).length;
    setProgress((current) => ({ ...current, done: done.length }));
    setSummary(
      cancelled.current
        ? t('batch.cancelled', { done: done.length, total: jobs.length })
        : t('batch.finished', { written: count('written') + count('replaced'), skipped: count('skipped'), failed: count('failed') }),
    );
    setCancelling(false);
    setPhase('done');
  };

  const files = rows.length * formats.size;
  return (
    <dialog
      ref={dialog}
      className="batch-dialog"
      aria-labelledby="batch-title"
      onClose={onClose}
      // Escape does not walk away from files half written: Cancel stops cleanly.
      onCancel={(event) => phase === 'running' && event.preventDefault()}
    >
      <h2 id="batch-title">{t('batch.heading', { count: rows.length })}</h2>
      {phase === 'choose' && (
        <>
          <fieldset>
            <legend>{t('batch.formats')}</legend>
            {exportFormats.map((format) => (
              <label key={format} className="inline">
                <input type="checkbox" checked={formats.has(format)} onChange={(event) => toggle(format, event.target.checked)} /> {t(`exporting.${format}`)}
              </label>
            ))}
          </fieldset>
          {toFolder ? (
            <fieldset>
              <legend>{t('batch.folder')}</legend>
              <FolderPicker initial={localStorage.getItem(lastFolderKey)} onChange={setFolder} />
            </fieldset>
          ) : (
            <p>{t('batch.asZip')}</p>
          )}
          <p>
            {formats.size === 0 ? t('batch.needFormat') : toFolder && folder?.writable === false ? t('batch.needFolder') : t('batch.summary', { count: files })}
          </p>
        </>
      )}
      {phase !== 'choose' && (
        <div className="batch-progress">
          <progress aria-label={t('batch.progress')} value={progress.done} max={progress.total || 1} />
          {phase === 'running' && (
            <p role="status">
              {cancelling ? t('batch.cancelling') : t('batch.progressText', { done: progress.done + 1, total: progress.total, file: progress.file })}
            </p>
          )}
          {summary && <p role="status">{summary}</p>}
          {results.length > 0 && (
            <table className="communique-table" aria-label={t('batch.results')}>
              <tbody>
                {results.map((item) => (
                  <tr key={item.key} className={item.outcome}>
                    <td>{item.label}</td>
                    <td>{t(`batch.outcome.${item.outcome}`)}</td>
                    <td>{item.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {conflict && (
        <div role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-text" className="conflict">
          <h3 id="conflict-title">{t('batch.existsTitle')}</h3>
          <p id="conflict-text">{t('batch.exists', { file: conflict.file, folder: conflict.folder })}</p>
          <div className="actions">
            {(['replace', 'replaceAll', 'skip', 'skipAll', 'stop'] as const).map((choice) => (
              <button key={choice} type="button" onClick={() => conflict.answer(choice)}>
                {t(`batch.${choice}`)}
              </button>
            ))}
          </div>
        </div>
      )}
      <div className="actions">
        {phase === 'choose' && (
          <button type="button" className="primary" disabled={formats.size === 0 || (toFolder && !folder?.writable)} onClick={start}>
            {t('batch.start')}
          </button>
        )}
        {phase === 'running' && (
          <button
            type="button"
            disabled={cancelling}
            onClick={() => {
              cancelled.current = true;
              setCancelling(true);
            }}
          >
            {t('batch.cancel')}
          </button>
        )}
        {phase !== 'running' && (
          <button type="button" onClick={() => dialog.current?.close()}>
            {phase === 'done' ? t('batch.close') : t('batch.cancel')}
          </button>
        )}
      </div>
    </dialog>
  );
}
