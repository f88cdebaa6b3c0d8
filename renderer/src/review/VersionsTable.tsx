import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../../shared/domain/version';
import { useWhen } from '../i18n/useWhen';

/** The versions of a communiqué: number, who sent it, when, its hash, and the decision taken on it. */
export function VersionsTable({ versions, approvedId }: { versions: readonly VersionSummary[]; approvedId: number | null }) {
  const { t } = useTranslation();
  const when = useWhen();
  return (
    <table className="communique-table versions-table">
      <caption>{t('review.versions')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.version')}</th>
          <th scope="col">{t('review.sentBy')}</th>
          <th scope="col">{t('audit.when')}</th>
          <th scope="col">SHA-256</th>
          <th scope="col">{t('review.decision')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.id}>
            <td>
              v{version.seq}
              {version.id === approvedId && <span className="status-badge approved"> {t('status.approved')}</span>}
            </td>
            <td>{version.author}</td>
            <td>{when(version.createdAt)}</td>
            <td>
              <code title={version.sha256}>{version.sha256.slice(0, 12)}…</code>
            </td>
            <td>{version.decision ? t(`review.decided.${version.decision.decision}`, { by: version.decision.by }) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
