import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CommuniqueSummary } from '../../../shared/domain/communique';
import type { Series } from '../../../shared/domain/series';
import { formatNumberLine } from '../../../shared/format/formatNumberLine';
import { useWhen } from '../i18n/useWhen';
import type { SnippetPart } from '../../../shared/text/searchSnippet';

/** ↑ and ↓ move between rows, keeping the column (the tick or the title); Enter on a title opens it as a link does. */
function moveByArrows(event: KeyboardEvent<HTMLTableSectionElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement;
  const cell = target.closest('td');
  const row = cell?.parentElement;
  if (!cell || !row) return;
  const sibling = (event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling) as HTMLTableRowElement | null;
  const same = sibling?.cells[cell.cellIndex]?.querySelector<HTMLElement>('a, input');
  if (!same) return;
  event.preventDefault();
  same.focus();
}

/** Which rows are ticked, for acting on several at once. */
export interface RowSelection {
  selected: ReadonlySet<number>;
  toggle(ids: readonly number[], on: boolean): void;
}

/** Communiqués as a table: title (opens it), series, number, language, status, last change; ticks when selectable. */
export function CommuniqueTable({
  rows,
  series,
  caption,
  selection,
  hrefOf = (row) => `/c/${row.id}`,
  snippetOf = () => null,
}: {
  rows: readonly CommuniqueSummary[];
  series: readonly Series[];
  caption?: string;
  selection?: RowSelection;
  /** Where a row opens (the editor unless said: an inbox item to review opens its review). */
  hrefOf?: (row: CommuniqueSummary) => string;
  /** An extract of a found row with the hits marked, shown under its title. */
  snippetOf?: (row: CommuniqueSummary) => readonly SnippetPart[] | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'es';
  const updated = useWhen();
  const numberOf = (row: CommuniqueSummary) => {
    const found = series.find((candidate) => candidate.id === row.series);
    if (row.number === null) return found?.numbered === false ? '—' : t('list.pendingNumber');
    return found ? `${formatNumberLine(found, language, row.number, '')} / ${row.year}` : `${row.number}/${row.year}`;
  };
  return (
    <table className="communique-table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {selection && (
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('batch.selectAll')}
                checked={rows.length > 0 && rows.every((row) => selection.selected.has(row.id))}
                onChange={(event) =>
                  selection.toggle(
                    rows.map((row) => row.id),
                    event.target.checked,
                  )
                }
              />
            </th>
          )}
          <th scope="col">{t('list.title')}</th>
          <th scope="col">{t('list.series')}</th>
          <th scope="col">{t('list.number')}</th>
          <th scope="col">{t('list.language')}</th>
          <th scope="col">{t('list.status')}</th>
          <th scope="col">{t('list.updated')}</th>
        </tr>
      </thead>
      <tbody onKeyDown={moveByArrows}>
        {rows.map((row) => {
          const title = row.title || t('list.untitled');
          const snippet = snippetOf(row);
          return (
            <tr key={row.id}>
              {selection && (
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('batch.select', { title })}
                    checked={selection.selected.has(row.id)}
                    onChange={(event) => selection.toggle([row.id], event.target.checked)}
                  />
                </td>
              )}
              <td>
                <Link href={hrefOf(row)} aria-label={t('list.open', { title })}>
                  {title}
                </Link>
                {snippet && (
                  <p className="snippet">
                    {snippet.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
                  </p>
                )}
              </td>
              <td>{series.find((candidate) => candidate.id === row.series)?.label[language] ?? row.series}</td>
              <td>{numberOf(row)}</td>
              <td>{t(`languageName.${row.language}`)}</td>
              <td>
                <span className={`status-badge ${row.status}`}>{t(`status.${row.status}`)}</span>
              </td>
              <td>{updated(row.updatedAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
