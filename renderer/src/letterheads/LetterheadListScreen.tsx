import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LetterheadSummary } from '../../../shared/domain/letterhead';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { useSession } from '../session/SessionContext';
import { letterheadLocked } from '../../../shared/workflow/letterheadLocked';

/** The letterheads: which is valid from when, and how many communiqués use each (those no longer change). */
export function LetterheadListScreen() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const [rows, setRows] = useState<LetterheadSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.listLetterheads({}).then((result) => (result.ok ? setRows(result.value) : setError(describe(result.error))));
  }, [api, describe]);
  const session = useSession();
  // Offered to edit only what the back end would let this person change.
  const editable = (usedBy: number) => !letterheadLocked(usedBy) && session.mayCall('updateLetterhead');
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-US' : 'es-MX', { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <main className="list-screen">
      <div className="screen-title">
        <h1>{t('letterheads.heading')}</h1>
      </div>
      <p>{t('letterheads.explain')}</p>
      {error && <ErrorBanner message={error} />}
      {rows && (
        <table className="communique-table">
          <thead>
            <tr>
              <th scope="col">{t('letterheads.name')}</th>
              <th scope="col">{t('letterheads.validFrom')}</th>
              <th scope="col">{t('letterheads.usedBy')}</th>
              <th scope="col">{t('letterheads.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.name}</td>
                <td>{date.format(new Date(`${row.validFrom}T00:00:00Z`))}</td>
                <td>{t('letterheads.communiques', { count: row.usedBy })}</td>
                <td className="row-actions">
                  <Link href={`/membretes/${row.id}`} aria-label={t(editable(row.usedBy) ? 'letterheads.edit' : 'letterheads.view', { name: row.name })}>
                    {t(editable(row.usedBy) ? 'letterheads.editShort' : 'letterheads.viewShort')}
                  </Link>
                  {session.mayCall('createLetterhead') && (
                    <Link href={`/membretes/nuevo/${row.id}`} aria-label={t('letterheads.duplicate', { name: row.name })}>
                      {t('letterheads.duplicateShort')}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
