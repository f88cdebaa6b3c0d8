import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Communique } from '../../../shared/domain/communique';
import { useSession } from '../session/SessionContext';

interface DecisionPanelProps {
  communique: Communique;
  onApprove(): Promise<void>;
  onRequestChanges(comment: string): Promise<void>;
}

/** The editor's decision on the version in review, naming exactly which version and hash it binds to. */
export function DecisionPanel({ communique, onApprove, onRequestChanges }: DecisionPanelProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const latest = communique.latestVersion;
  // Shown to whoever may decide now; the approve button gives way to a note when the rule says it is their own version.
  if (!latest || !session.allows('requestChanges', communique)) return null;
  const own = session.whyNot('approve', communique)?.code === 'SELF_APPROVAL';
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    await work();
    setBusy(false);
  };
  return (
    <section className="decision-panel" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('review.decideHeading')}</h2>
      <p>{t('review.decideOn', { seq: latest.seq, author: latest.author, sha: latest.sha256.slice(0, 12) })}</p>
      {own ? (
        <p className="notice" role="note">
          {t('review.ownVersion')}
        </p>
      ) : (
        <button type="button" className="primary" disabled={busy} onClick={() => void run(onApprove)}>
          {t('review.approve', { seq: latest.seq })}
        </button>
      )}
      <form
        className="request-changes"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => onRequestChanges(comment.trim()));
        }}
      >
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
