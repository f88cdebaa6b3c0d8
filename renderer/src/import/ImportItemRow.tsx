import { useTranslation } from 'react-i18next';
import type { Series } from '../../../shared/domain/series';
import { DateField } from '../components/DateField';
import { needsNumber } from '../../../shared/import/needsNumber';
import { SeriesOptions } from '../components/SeriesOptions';
import { ImportTextPeek } from './ImportTextPeek';
import type { ImportRow } from './ImportRow';

interface ImportItemRowProps {
  row: ImportRow;
  /** Whether the Spanish original with its number is in the same batch (it is linked to it when both are stored). */
  originalInBatch: boolean;
  series: readonly Series[];
  onChange(patch: Partial<ImportRow>): void;
}

/** One communiqué read from a file, every field the person may correct, its warnings and what to do if it is a duplicate. */
export function ImportItemRow({ row, originalInBatch, series, onChange }: ImportItemRowProps) {
  const { t } = useTranslation();
  const { item } = row;
  const setItem = (patch: Partial<ImportRow['item']>) => onChange({ item: { ...item, ...patch } });
  const setContent = (patch: Partial<ImportRow['item']['content']>) => setItem({ content: { ...item.content, ...patch } });
  const chosen = series.find((one) => one.id === item.content.series);
  const numbered = item.newSeries ? item.newSeries.numbered : (chosen?.numbered ?? true);
  const numberMissing = needsNumber(item, numbered) && !originalInBatch;
  const label = `${row.reading.file}: ${item.content.title}`;
  return (
    <tr className={row.include ? undefined : 'import-excluded'}>
      <td>
        <input
          type="checkbox"
          checked={row.include}
          aria-label={`${t('import.include')} ${label}`}
          onChange={(event) => onChange({ include: event.target.checked })}
        />
      </td>
      <td className="import-file">{row.reading.file}</td>
      <td>
        <select
          aria-label={`${t('import.series')} ${label}`}
          value={item.newSeries ? `new:${item.newSeries.id}` : item.content.series}
          onChange={(event) => {
            const value = event.target.value;
            if (value.startsWith('new:') && row.offeredSeries)
              setItem({ newSeries: row.offeredSeries, content: { ...item.content, series: row.offeredSeries.id } });
            else setItem({ newSeries: null, content: { ...item.content, series: value } });
          }}
        >
          {row.offeredSeries && <option value={`new:${row.offeredSeries.id}`}>{t('import.newSeries', { label: row.offeredSeries.label })}</option>}
          <SeriesOptions series={series} />
        </select>
        <select
          aria-label={`${t('import.language')} ${label}`}
          value={item.content.language}
          onChange={(event) => setContent({ language: event.target.value === 'en' ? 'en' : 'es' })}
        >
          <option value="es">{t('languageName.es')}</option>
          <option value="en">{t('languageName.en')}</option>
        </select>
      </td>
      <td>
        <input
          type="number"
          min={1}
          className="import-number"
          aria-label={`${t('import.number')} ${label}`}
          disabled={!numbered}
          value={numbered ? (item.number ?? '') : ''}
          onChange={(event) => setItem({ number: event.target.value === '' ? null : Math.max(1, Math.trunc(Number(event.target.value))) })}
        />
        {numberMissing && <span className="field-error">{t('import.numberMissing')}</span>}
      </td>
      <td>
        <DateField value={item.content.date ?? ''} onDate={(date) => setContent({ date })} plausibleYears={200} aria-label={`${t('import.date')} ${label}`} />
        {item.content.date === null && <span className="field-error">{t('import.dateMissing')}</span>}
      </td>
      <td>
        <textarea
          className="import-title"
          rows={3}
          aria-label={`${t('import.titleColumn')} ${label}`}
          value={item.content.title}
          maxLength={400}
          onChange={(event) => setContent({ title: event.target.value.replace(/\s*\n\s*/g, ' ') })}
        />
        <small className="import-count">{t('import.bullets', { count: item.content.summary.length })}</small>
        <ImportTextPeek item={item} label={label} onPlace={(place) => setContent({ place })} />
      </td>
      <td className="import-notes">
        {item.warnings
          .filter((warning) => warning !== 'newSeries' || item.newSeries)
          .map((warning) => (
            <span key={warning} className="import-warning">
              {t(`import.warning.${warning}`)}{' '}
            </span>
          ))}
        {item.translationOf !== null && <span>{t('import.linkedTranslation', { number: item.number ?? '' })}</span>}
        {item.translationOf === null && originalInBatch && <span>{t('import.linkedInBatch', { number: item.number ?? '' })}</span>}
        {row.repeatOf && <span className="import-duplicate">{t('import.repeatInBatch', { file: row.repeatOf })}</span>}
        {item.duplicateOf && (
          <span className="import-duplicate">
            {t(`import.duplicate.${item.duplicateOf.why}`, { title: item.duplicateOf.title })}{' '}
            <select
              aria-label={`${t('import.duplicate.choice')} ${label}`}
              value={item.onDuplicate}
              onChange={(event) => setItem({ onDuplicate: event.target.value === 'keepBoth' ? 'keepBoth' : 'skip' })}
            >
              <option value="skip">{t('import.duplicate.skip')}</option>
              <option value="keepBoth">{t('import.duplicate.keepBoth')}</option>
            </select>
          </span>
        )}
      </td>
    </tr>
  );
}
