import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../shared/domain/comment';
import { useDynamicTranslation } from '../i18n/useDynamicTranslation';
import { useWhen } from '../i18n/useWhen';
import { anchorLabel } from '../review/anchorLabel';
import { ThreadActions } from '../review/ThreadActions';
import { ThreadReplies } from '../review/ThreadReplies';
import type { FeedbackThread } from './useReviewFeedback';

interface FeedbackNotesProps {
  threads: readonly FeedbackThread[];
  /** Replying, when this person may comment on the communiqué now. */
  onReply: ((thread: Comment, body: string) => Promise<boolean>) | undefined;
  /** Resolving, when this person may resolve threads. */
  onResolve: ((commentId: number) => Promise<void>) | undefined;
  /** Moves the cursor to what the thread is about (body paragraphs). */
  onGo?: ((thread: FeedbackThread) => void) | undefined;
}

/** Open review comments shown beside the field they are about, each resolvable (and answerable) where the work is. */
export function FeedbackNotes({ threads, onReply, onResolve, onGo }: FeedbackNotesProps) {
  const { t } = useTranslation();
  const tr = useDynamicTranslation();
  const when = useWhen();
  if (threads.length === 0) return null;
  return (
    <div className="feedback-notes">
      {threads.map((item) => {
        const { thread } = item;
        const place = anchorLabel(thread.anchor, tr);
        return (
          <aside key={thread.id} className="feedback-note" aria-label={t('feedback.noteOn', { place })}>
            <p className="meta">
              <strong>{place}</strong> · v{thread.versionSeq} · {thread.author} · {when(thread.createdAt)}
            </p>
            {item.quote !== null && <blockquote>{item.quote}</blockquote>}
            <p className="body">{thread.body}</p>
            <ThreadReplies replies={item.replies} />
            <div className="thread-actions">
              {onGo && (
                <button type="button" onClick={() => onGo(item)}>
                  {t('feedback.goTo', { n: (thread.anchor.index ?? 0) + 1 })}
                </button>
              )}
              <ThreadActions threadId={thread.id} onReply={onReply && ((_, body) => onReply(thread, body))} onResolve={onResolve} />
            </div>
          </aside>
        );
      })}
    </div>
  );
}
