import type { Comment } from '../../../shared/domain/comment';
import { useWhen } from '../i18n/useWhen';

/** The replies under a comment thread: who, when, what. */
export function ThreadReplies({ replies }: { replies: readonly Comment[] }) {
  const when = useWhen();
  return replies.map((reply) => (
    <p key={reply.id} className="reply">
      <span className="meta">
        {reply.author} · {when(reply.createdAt)}:
      </span>{' '}
      {reply.body}
    </p>
  ));
}
