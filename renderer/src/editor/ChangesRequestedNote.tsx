import { useTranslation } from 'react-i18next';
import { useWhen } from '../i18n/useWhen';
import { FeedbackNotes } from './FeedbackNotes';
import type { ReviewFeedback } from './useReviewFeedback';

/** At the top of a text sent back: who asked for changes, when and why, and how many comments are still open. */
export function ChangesRequestedNote({ feedback, notes }: { feedback: ReviewFeedback; notes: Parameters<typeof FeedbackNotes>[0] }) {
  const { t } = useTranslation();
  const when = useWhen();
  const { changes, open } = feedback;
  if (!changes && notes.threads.length === 0) return null;
  return (
    <section className="changes-requested" aria-label={t('feedback.heading')}>
      {changes && (
        <p>
          {t('feedback.changesRequested', { name: changes.by, seq: changes.seq, when: when(changes.at) })}
          {/* An open reason shows below as a comment to resolve; a resolved one is quoted here. */}
          {changes.reason?.thread.resolvedAt && (
            <>
              {' '}
              <q>{changes.reason.thread.body}</q> ({t('review.resolvedBy', { name: changes.reason.thread.resolvedBy ?? '' })})
            </>
          )}
        </p>
      )}
      {open.length > 0 && <p className="hint">{t('feedback.openCount', { count: open.length })}</p>}
      <FeedbackNotes {...notes} />
    </section>
  );
}
