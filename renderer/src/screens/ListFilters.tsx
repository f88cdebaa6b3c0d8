import { useTranslation } from 'react-i18next';
import type { CommuniqueQuery } from '../../../shared/domain/communiqueQuery';
import { communiqueSortSchema } from '../../../shared/domain/communiqueQuery';
import { languages, languageSchema } from '../../../shared/domain/language';
import type { Series } from '../../../shared/domain/series';
import { communiqueStatuses, communiqueStatusSchema } from '../../../shared/domain/status';
import { DateField } from '../components/DateField';
import { SeriesOptions } from '../components/SeriesOptions';

/** The list's filters and order; "all" is the empty choice of each. */
export function ListFilters({
  query,
  series,
  onChange,
}: {
  query: CommuniqueQuery;
  series: readonly Series[];
  /** `byTyping` when the change comes from a key (the list waits for a pause before asking). */
  onChange(patch: Partial<CommuniqueQuery>, byTyping?: boolean): void;
}) {
  const { t } = useTranslation();
  const sorts = communiqueSortSchema.options.filter((sort) => sort !== 'relevance' || Boolean(query.text?.trim()));
  return (
    <div className="filters">
      <label>
        {t('list.series')}
        <select value={query.series ?? ''} onChange={(event) => onChange({ series: event.target.value || undefined })}>
          <option value="">{t('search.allSeries')}</option>
          <SeriesOptions series={series} />
        </select>
      </label>
      <label>
        {t('list.status')}
        <select value={query.status ?? ''} onChange={(event) => onChange({ status: communiqueStatusSchema.safeParse(event.target.value).data })}>
          <option value="">{t('search.all')}</option>
          {communiqueStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('list.language')}
        <select value={query.language ?? ''} onChange={(event) => onChange({ language: languageSchema.safeParse(event.target.value).data })}>
          <option value="">{t('search.all')}</option>
          {languages.map((language) => (
            <option key={language} value={language}>
              {t(`languageName.${language}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('search.year')}
        <input
          type="number"
          min={1900}
          max={9999}
          value={query.year ?? ''}
          onChange={(event) => {
            const year = Number(event.target.value);
            onChange({ year: Number.isInteger(year) && year >= 1900 && year <= 9999 ? year : undefined });
          }}
        />
      </label>
      <label>
        {t('search.from')}
        <DateField className="filter-date" value={query.from ?? ''} optional plausibleYears={200} onDate={(from) => onChange({ from: from || undefined })} />
      </label>
      <label>
        {t('search.to')}
        <DateField className="filter-date" value={query.to ?? ''} optional plausibleYears={200} onDate={(to) => onChange({ to: to || undefined })} />
      </label>
      <label>
        {t('search.person')}
        <input
          type="search"
          className="filter-person"
          maxLength={120}
          placeholder={t('search.personPlaceholder')}
          value={query.person ?? ''}
          onChange={(event) => onChange({ person: event.target.value || undefined }, true)}
        />
      </label>
      <label>
        {t('search.sort')}
        <select
          value={query.sort && sorts.includes(query.sort) ? query.sort : query.text?.trim() ? 'relevance' : 'updated'}
          onChange={(event) => onChange({ sort: communiqueSortSchema.safeParse(event.target.value).data })}
        >
          {sorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`search.sortBy.${sort}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
