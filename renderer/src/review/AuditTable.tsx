import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AuditEntry } from '../../../shared/domain/auditEntry';
import { formatLongDate } from '../../../shared/format/formatLongDate';
import { useDynamicTranslation } from '../i18n/useDynamicTranslation';

/** Audit entries as a table: when, who, what (in words), on which communiqué, and the facts recorded. */
export function AuditTable({ entries, showCommunique }: { entries: readonly AuditEntry[]; showCommunique: boolean }) {
  const { t, i18n } = useTranslation();
  const tr = useDynamicTranslation();
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-US' : 'es-MX', { dateStyle: 'medium', timeStyle: 'medium' });
  /** A dynamic key's text, or the fallback when the catalog has none (a newer back end's word). */
  const word = (key: string, fallback: string) => (i18n.exists(key) ? tr(key) : fallback);
  const show = (key: string, value: unknown): string => {
    if (key === 'sha256' && typeof value === 'string') return `${value.slice(0, 12)}…`;
    if (key === 'version' && typeof value === 'number') return `v${value}`;
    if (key === 'publishedOn' && typeof value === 'string') return formatLongDate(value, i18n.language === 'en' ? 'en' : 'es');
    if (key === 'passphrase') return t('audit.changed');
    if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
    if (Array.isArray(value)) return value.map((item) => word(`people.role.${String(item)}`, String(item))).join(', ');
    return String(value);
  };
  const facts = (details: Record<string, unknown>) =>
    Object.entries(details)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key, value]) => `${word(`audit.fact.${key}`, key)}: ${show(key, value)}`)
      .join(' · ');
  return (
    <table className="communique-table audit-table">
      <thead>
        <tr>
          <th scope="col">{t('audit.when')}</th>
          <th scope="col">{t('audit.who')}</th>
          <th scope="col">{t('audit.what')}</th>
          {showCommunique && <th scope="col">{t('audit.communique')}</th>}
          <th scope="col">{t('audit.details')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>{when.format(new Date(entry.at))}</td>
            <td>{entry.actor}</td>
            <td>{word(`audit.action.${entry.action}`, entry.action)}</td>
            {showCommunique && <td>{entry.communiqueId === null ? '—' : <Link href={`/c/${entry.communiqueId}`}>#{entry.communiqueId}</Link>}</td>}
            <td className="facts">{facts(entry.details)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
