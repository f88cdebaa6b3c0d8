import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AuditEntry } from '../../../shared/domain/auditEntry';
import type { Comment } from '../../../shared/domain/comment';
import type { Communique } from '../../../shared/domain/communique';
import type { CommuniqueStatus } from '../../../shared/domain/status';
import type { Version, VersionSummary } from '../../../shared/domain/version';
import { diffContent } from '../../../shared/review/diffContent';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import type { CallMeta } from '../../../shared/contract/callMeta';
import { useLiveRefresh } from '../live/LiveChanges';
import { useSession } from '../session/SessionContext';
import { AuditTable } from './AuditTable';
import { CommentsPanel } from './CommentsPanel';
import { DecisionPanel } from './DecisionPanel';
import { DiffView } from './DiffView';
import { VersionsTable } from './VersionsTable';
import { VersionText } from './VersionText';

/** Reviewing a communiqué: its versions, the text of one, what changed since another, comments, and the decision. */
export function ReviewScreen({ id }: { id: number }) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const session = useSession();
  const [communique, setCommunique] = useState<Communique | null>(null);
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [comments, setComments] = useState<Comment[]>([]);
  const [shownId, setShownId] = useState<number | null>(null);
  const [baseId, setBaseId] = useState<number | null>(null);
  const [shown, setShown] = useState<Version | null>(null);
  const [base, setBase] = useState<Version | null>(null);
  const [anchor, setAnchor] = useState<Comment['anchor']>({ field: 'general', index: null });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [history, setHistory] = useState<AuditEntry[]>([]);

  const load = useCallback(
    async (meta?: CallMeta) => {
      const [found, list, notes, log] = await Promise.all([
        api.getCommunique({ id }, meta),
        api.listVersions({ id }, meta),
        api.listComments({ id }, meta),
        api.listAudit({ id, limit: 500 }, meta),
      ]);
      if (!found.ok) return setError(describe(found.error));
      setCommunique(found.value);
      if (list.ok) {
        setVersions(list.value);
        const latest = list.value.at(-1);
        setShownId((current) => current ?? latest?.id ?? null);
        setBaseId((current) => current ?? list.value.at(-2)?.id ?? null);
      }
      if (notes.ok) setComments(notes.value);
      if (log.ok) setHistory(log.value);
    },
    [api, id, describe],
  );
  useEffect(() => void load(), [load]);
  // The decision panel never vanishes without a word: when what it offered goes (withdrawn, or decided by another), the screen says why.
  const decidable = communique !== null && communique.latestVersion !== null && session.allows('requestChanges', communique);
  const offered = useRef({ decidable: false, decidedHere: false });
  if (decidable) offered.current.decidable = true;
  const decisionGone = (status: CommuniqueStatus): string | null => {
    if (decidable || !offered.current.decidable || offered.current.decidedHere) return null;
    return status === 'draft' ? t('review.withdrawnMeanwhile') : t('review.decidedMeanwhile', { status: t(`status.${status}`) });
  };
  // What others do to this communiqué (a comment, a decision, a new version) shows without reloading.
  useLiveRefresh(load, (change) => change.communiqueId === id);

  useEffect(() => {
    if (shownId === null) return;
    void api.getVersion({ versionId: shownId }).then((result) => result.ok && setShown(result.value));
  }, [api, shownId]);
  useEffect(() => {
    if (baseId === null) return setBase(null);
    void api.getVersion({ versionId: baseId }).then((result) => result.ok && setBase(result.value));
  }, [api, baseId]);

  const versionOptions = versions.map((version) => (
    <option key={version.id} value={version.id}>
      v{version.seq}
    </option>
  ));
  const changes = useMemo(() => (shown && base ? diffContent(base.content, shown.content) : null), [shown, base]);
  const outcome = async (
    result: { ok: true; value: Communique } | { ok: false; error: Parameters<typeof describe>[0] },
    message: (c: Communique) => string | null,
  ) => {
    setNotice(null);
    if (result.ok) {
      setError(null);
      setNotice(message(result.value));
    } else {
      setError(describe(result.error));
    }
    // Refused or done, the screen shows where the communiqué stands now (someone else may have acted meanwhile).
    await load();
  };

  if (error && !communique)
    return (
      <main className="list-screen">
        <ErrorBanner message={error} />
      </main>
    );
  if (!communique)
    return (
      <main className="list-screen">
        <p>{t('app.loading')}</p>
      </main>
    );
  const latest = communique.latestVersion;
  const gone = decisionGone(communique.status);
  return (
    <main className="review-screen">
      <p>
        <Link href={`/c/${id}`}>← {t('review.backToEditor')}</Link>
      </p>
      <h1>
        {t('review.heading', { id })} <span className={`status-badge ${communique.status}`}>{t(`status.${communique.status}`)}</span>
      </h1>
      {communique.number !== null && communique.approvedVersion && (
        <p className="approved-line" role="status">
          {t('review.approvedAs', { number: communique.number, year: communique.year ?? '', seq: communique.approvedVersion.seq })}
        </p>
      )}
      {error && <ErrorBanner message={error} />}
      {notice && <p role="status">{notice}</p>}
      {gone && (
        <p className="notice" role="status">
          {gone}
        </p>
      )}
      {versions.length === 0 ? (
        <p>{t('review.noVersions')}</p>
      ) : (
        <>
          <VersionsTable versions={versions} approvedId={communique.approvedVersion?.id ?? null} />
          <div className="filters">
            <label>
              {t('review.show')}
              <select value={shownId ?? ''} onChange={(event) => setShownId(Number(event.target.value))}>
                {versionOptions}
              </select>
            </label>
            <label>
              {t('review.compareWith')}
              <select value={baseId ?? ''} onChange={(event) => setBaseId(event.target.value ? Number(event.target.value) : null)}>
                <option value="">{t('review.noComparison')}</option>
                {versionOptions}
              </select>
            </label>
          </div>
          <div className="review-columns">
            <div>
              {changes && base && shown && <DiffView changes={changes} from={base.seq} to={shown.seq} />}
              {shown && <VersionText version={shown} comments={comments} onComment={session.allows('comment', communique) ? setAnchor : undefined} />}
            </div>
            <div>
              {latest && (
                <DecisionPanel
                  communique={communique}
                  onApprove={async () => {
                    offered.current.decidedHere = true;
                    return outcome(await api.approveVersion({ id, versionId: latest.id, sha256: latest.sha256 }), (c) =>
                      // A number is shown on the line above the title; only an unnumbered approval needs saying.
                      c.number === null ? t('review.approvedUnnumbered') : null,
                    );
                  }}
                  onRequestChanges={async (comment) => {
                    offered.current.decidedHere = true;
                    return outcome(await api.requestChanges({ id, versionId: latest.id, sha256: latest.sha256, comment }), () => t('review.sentBack'));
                  }}
                />
              )}
              {shown && (
                <CommentsPanel
                  comments={comments}
                  version={shown}
                  anchor={anchor}
                  onAnchor={setAnchor}
                  canComment={session.allows('comment', communique)}
                  canResolve={session.mayCall('resolveComment')}
                  onAdd={async (where, body) => {
                    const result = await api.addComment({ id, versionId: shown.id, anchor: where, body });
                    if (!result.ok) {
                      setError(describe(result.error));
                      return false;
                    }
                    await load();
                    return true;
                  }}
                  onReply={async (parentId, body) => {
                    const result = await api.addComment({ id, versionId: shown.id, anchor: { field: 'general', index: null }, body, parentId });
                    if (!result.ok) {
                      setError(describe(result.error));
                      return false;
                    }
                    await load();
                    return true;
                  }}
                  onResolve={async (commentId) => {
                    const result = await api.resolveComment({ commentId });
                    if (!result.ok) return setError(describe(result.error));
                    await load();
                  }}
                />
              )}
            </div>
          </div>
        </>
      )}
      <section className="communique-log" aria-labelledby="communique-log">
        <h2 id="communique-log">{t('audit.ofCommunique')}</h2>
        <AuditTable entries={history} showCommunique={false} />
      </section>
    </main>
  );
}
