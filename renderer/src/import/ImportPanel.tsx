import { useTranslation } from 'react-i18next';
import type { Series } from '../../../shared/domain/series';
import { ErrorBanner } from '../components/ErrorBanner';
import { ImportItemRow } from './ImportItemRow';
import type { ImportRow } from './ImportRow';
import { needsNumber } from '../../../shared/import/needsNumber';
import type { useArchiveImport } from './useArchiveImport';

/** Whether `original` is the communiqué `row` translates: same series, number and year, in another language. */
function isOriginalOf(original: ImportRow, row: ImportRow): boolean {
  const a = original.item;
  const b = row.item;
  return (
    a !== b &&
    a.number !== null &&
    a.number === b.number &&
    a.content.series === b.content.series &&
    a.content.language !== b.content.language &&
    a.content.language === 'es' &&
    a.content.date?.slice(0, 4) === b.content.date?.slice(0, 4)
  );
}

/** Rows shown at once: an archive file may hold thousands; the rest go in as read. */
const shownRows = 200;

interface ImportPanelProps {
  importer: ReturnType<typeof useArchiveImport>;
  series: readonly Series[];
}

/** The import's preview and progress: what each file gave (editable), why some gave nothing, then the import itself. */
export function ImportPanel({ importer, series }: ImportPanelProps) {
  const { t } = useTranslation();
  const { stage, readings, readErrors, rows } = importer;
  if (stage.kind === 'idle') return null;
  const included = rows.filter((row) => row.include);
  const undated = included.find((row) => row.item.content.date === null);
  const numbered = (row: ImportRow) => row.item.newSeries?.numbered ?? series.find((one) => one.id === row.item.content.series)?.numbered ?? true;
  const unnumbered = included.find((row) => needsNumber(row.item, numbered(row)) && !included.some((other) => isOriginalOf(other, row)));
  // What "Importar" will store: the ticked rows, less the duplicates left to be skipped.
  const going = included.filter((row) => !(row.item.duplicateOf && row.item.onDuplicate === 'skip'));
  const busy = stage.kind === 'reading' || stage.kind === 'importing';
  return (
    <section className="import-panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      {stage.kind === 'reading' && (
        <p role="status">
          <progress max={stage.total} value={stage.done} aria-label={t('import.progressLabel')} />{' '}
          {t('import.reading', { done: stage.done + 1, total: stage.total, file: stage.file })}
        </p>
      )}
      {stage.kind !== 'reading' && (
        <>
          {stage.kind === 'preview' && <p>{t('import.intro')}</p>}
          <ul className="import-refused">
            {readings.map((reading, index) =>
              reading.refused ? (
                <li key={`${reading.file}-${index}`}>
                  <strong>{reading.file}</strong>: {readErrors.get(index) ?? t(`import.refused.${reading.refused.reason}`, { line: reading.refused.line })}
                </li>
              ) : null,
            )}
          </ul>
          {rows.length > 0 && (
            <fieldset className="import-table-wrap" disabled={stage.kind !== 'preview'}>
              <table className="import-table">
                <thead>
                  <tr>
                    <th>{t('import.include')}</th>
                    <th>{t('import.file')}</th>
                    <th>{t('import.series')}</th>
                    <th>{t('import.number')}</th>
                    <th>{t('import.date')}</th>
                    <th>{t('import.titleColumn')}</th>
                    <th>{t('import.notes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, shownRows).map((row) => (
                    <ImportItemRow
                      key={row.key}
                      row={row}
                      originalInBatch={included.some((other) => isOriginalOf(other, row))}
                      series={series}
                      onChange={(patch) => importer.change(row.key, patch)}
                    />
                  ))}
                </tbody>
              </table>
              {rows.length > shownRows && <p>{t('import.more', { count: rows.length - shownRows })}</p>}
            </fieldset>
          )}
        </>
      )}
      {stage.kind === 'importing' && (
        <p role="status">
          <progress max={stage.total} value={stage.done} aria-label={t('import.progressLabel')} />{' '}
          {t('import.progress', { done: stage.done + 1, total: stage.total })}
        </p>
      )}
      {stage.kind === 'done' && (
        <div role="status" className="import-outcome">
          {stage.cancelled && <p>{t('import.cancelled')}</p>}
          <p>
            {t('import.done', { count: stage.imported })} {stage.skipped > 0 && t('import.skipped', { count: stage.skipped })}
          </p>
          {stage.failures.map((failure) => (
            <ErrorBanner key={failure.file} message={t('import.failed', failure)} />
          ))}
        </div>
      )}
      {stage.kind === 'preview' && going.length === 0 && <p>{t('import.nothingToImport')}</p>}
      {stage.kind === 'preview' && unnumbered && (
        <p className="field-error">
          {t('errors.IMPORT_NO_NUMBER', {
            title: unnumbered.item.content.title,
            file: unnumbered.reading.file,
            series: series.find((one) => one.id === unnumbered.item.content.series)?.label.es ?? unnumbered.item.newSeries?.label ?? '',
          })}
        </p>
      )}
      {stage.kind === 'preview' && undated && (
        <p className="field-error">{t('errors.IMPORT_NO_DATE', { title: undated.item.content.title, file: undated.reading.file })}</p>
      )}
      <div className="import-actions">
        {stage.kind === 'preview' && (
          <button
            type="button"
            className="primary"
            disabled={going.length === 0 || undated !== undefined || unnumbered !== undefined}
            onClick={() => void importer.start()}
          >
            {t('import.start', { count: going.length })}
          </button>
        )}
        {stage.kind === 'importing' && (
          <button type="button" onClick={importer.cancel}>
            {t('import.cancel')}
          </button>
        )}
        {!busy && (
          <button type="button" onClick={importer.close}>
            {stage.kind === 'done' ? t('import.close') : t('import.cancel')}
          </button>
        )}
      </div>
    </section>
  );
}
