import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/domain/auditEntry';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { AuditTable } from './AuditTable';

/** The office's audit log: every state change, who and when, newest first. */
export function AuditScreen() {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.listAudit({ limit: 1000 }).then((result) => (result.ok ? setEntries(result.value) : setError(describe(result.error))));
  }, [api, describe]);
  return (
    <main className="list-screen">
      <h1>{t('audit.heading')}</h1>
      {error && <ErrorBanner message={error} />}
      {entries && <AuditTable entries={entries} showCommunique />}
    </main>
  );
}
