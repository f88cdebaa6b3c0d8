import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract/contract';
import type { ErrorCode } from '../../../shared/contract/errorCode';
import type { Communique } from '../../../shared/domain/communique';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { useSession } from '../session/SessionContext';

interface DecisionPanelProps {
  communique: Communique;
  onApprove(): Promise<void>;
  onRequestChanges(comment: string): Promise<void>;
}

type Planned = MethodOutput<'getApprovalNumber'>;

/**
 * The editor's decision on the version in review, naming exactly which version and hash it binds to. Approving asks
 * once, saying which number the version will take; sending it back is a separate part below.
 */
export function DecisionPanel({ communique, onApprove, onRequestChanges }: DecisionPanelProps) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const session = useSession();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [planned, setPlanned] = useState<Planned | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = communique.latestVersion;
  // Shown to whoever may decide now; the approve button gives way to a note when the rule says it is their own work.
  if (!latest || !session.allows('requestChanges', communique)) return null;
  // The approve button is offered only when the rule book allows it; four eyes say why not in a note.
  const denial = session.whyNot('approve', communique);
  const own = ownNote(denial?.code);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    await work();
    setBusy(false);
  };
  const ask = async () => {
    const result = await api.getApprovalNumber({ id: communique.id });
    if (!result.ok) return setError(describe(result.error));
    setError(null);
    setPlanned(result.value);
  };
  const question = (plan: Planned) => {
    const values = { seq: latest.seq, number: plan.number ?? '', year: plan.year ?? '' };
    if (plan.source === 'original' && plan.number === null) return t('review.confirm.originalPending', values);
    return t(`review.confirm.${plan.source}`, values);
  };
  return (
    <section className="decision-panel" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('review.decideHeading')}</h2>
      <p>{t('review.decideOn', { seq: latest.seq, author: latest.author, sha: latest.sha256.slice(0, 12) })}</p>
      {own && (
        <p className="notice" role="note">
          {t(own)}
        </p>
      )}
      {session.actor?.workstation && (
        <p className="notice" role="note">
          {t('review.fourEyesOff')}
        </p>
      )}
      {!denial && !planned && (
        <button type="button" className="primary" disabled={busy} onClick={() => void ask()}>
          {t('review.approve', { seq: latest.seq })}
        </button>
      )}
      {!denial && planned && (
        <div className="confirm-approval" role="alertdialog" aria-label={t('review.confirmHeading')}>
          <p>{question(planned)}</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await onApprove();
                  setPlanned(null);
                })
              }
            >
              {t('review.confirmApprove', { seq: latest.seq })}
            </button>
            <button type="button" onClick={() => setPlanned(null)}>
              {t('review.cancelApprove')}
            </button>
          </div>
        </div>
      )}
      {error && <ErrorBanner message={error} />}
      <form
        className="request-changes"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => onRequestChanges(comment.trim()));
        }}
      >
        <h3>{t('review.orRequestChanges')}</h3>
        <label>
          {t('review.changesComment')}
          <textarea rows={3} value={comment} maxLength={4000} onChange={(event) => setComment(event.target.value)} />
        </label>
        <button type="submit" disabled={busy || !comment.trim()}>
          {t('review.requestChanges')}
        </button>
      </form>
    </section>
  );
}

/** The note that replaces the approve button when four eyes refuse it: the person sent the version, or wrote or changed its text. */
function ownNote(code: ErrorCode | undefined): 'review.ownVersion' | 'review.ownText' | null {
  if (code === 'SELF_APPROVAL') return 'review.ownVersion';
  return code === 'OWN_TEXT_APPROVAL' ? 'review.ownText' : null;
}
