import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../shared/domain/comment';
import { bodyUnits } from '../../../shared/style/textUnits';
import type { Version } from '../../../shared/domain/version';
import { useDynamicTranslation } from '../i18n/useDynamicTranslation';
import { anchorLabel } from './anchorLabel';
import { useWhen } from '../i18n/useWhen';
import { ThreadActions } from './ThreadActions';
import { ThreadReplies } from './ThreadReplies';

interface CommentsPanelProps {
  comments: readonly Comment[];
  version: Version;
  /** Where a new comment goes (set by the ✎ buttons of the text). */
  anchor: Comment['anchor'];
  onAnchor(anchor: Comment['anchor']): void;
  /** Whether the person may comment and reply on this communiqué now (the shared rule book). */
  canComment: boolean;
  /** Whether the person may resolve a thread (the contract's roles for resolveComment). */
  canResolve: boolean;
  onAdd(anchor: Comment['anchor'], body: string): Promise<boolean>;
  onReply(parentId: number, body: string): Promise<boolean>;
  onResolve(commentId: number): Promise<void>;
}

/** Review comments in threads, with where each points; a new comment, replies, and resolving a thread. */
export function CommentsPanel({ comments, version, anchor, onAnchor, canComment, canResolve, onAdd, onReply, onResolve }: CommentsPanelProps) {
  const { t } = useTranslation();
  const tr = useDynamicTranslation();
  const [body, setBody] = useState('');
  const when = useWhen();
  const threads = comments.filter((comment) => comment.parentId === null);
  const anchors: Comment['anchor'][] = [
    { field: 'general', index: null },
    { field: 'title', index: null },
    { field: 'place', index: null },
    { field: 'date', index: null },
    ...version.content.summary.map((_, index) => ({ field: 'summary' as const, index })),
    ...bodyUnits(version.content).map((_, index) => ({ field: 'body' as const, index })),
  ];
  const key = (a: Comment['anchor']) => `${a.field}:${a.index ?? ''}`;
  return (
    <section className="comments-panel" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        {t('review.comments')} <small>({threads.filter((thread) => !thread.resolvedAt).length})</small>
      </h2>
      {canComment && (
        <form
          className="new-comment"
          onSubmit={(event) => {
            event.preventDefault();
            void onAdd(anchor, body).then((done) => done && setBody(''));
          }}
        >
          <label>
            {t('review.commentPlace')}
            <select value={key(anchor)} onChange={(event) => onAnchor(anchors.find((a) => key(a) === event.target.value) ?? anchor)}>
              {anchors.map((a) => (
                <option key={key(a)} value={key(a)}>
                  {anchorLabel(a, tr)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('review.commentText', { seq: version.seq })}
            <textarea rows={3} value={body} maxLength={4000} onChange={(event) => setBody(event.target.value)} />
          </label>
          <button type="submit" disabled={!body.trim()}>
            {t('review.addComment')}
          </button>
        </form>
      )}
      {threads.length === 0 && <p>{t('review.noComments')}</p>}
      <ul>
        {threads.map((thread) => (
          <li key={thread.id} className={`thread${thread.resolvedAt ? ' resolved' : ''}`}>
            <p className="meta">
              <strong>{anchorLabel(thread.anchor, tr)}</strong> · v{thread.versionSeq} · {thread.author} · {when(thread.createdAt)}
              {thread.resolvedAt && <> · {t('review.resolvedBy', { name: thread.resolvedBy ?? '' })}</>}
            </p>
            <p className="body">{thread.body}</p>
            <ThreadReplies replies={comments.filter((reply) => reply.parentId === thread.id)} />
            {(canComment || canResolve) && !thread.resolvedAt && (
              <ThreadActions threadId={thread.id} onReply={canComment ? onReply : undefined} onResolve={canResolve ? onResolve : undefined} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
