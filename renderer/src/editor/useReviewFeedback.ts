import { useCallback, useEffect, useState } from 'react';
import type { Comment } from '../../../shared/domain/comment';
import type { Content } from '../../../shared/domain/content';
import { bodyUnits } from '../../../shared/style/textUnits';
import type { CallMeta } from '../../../shared/contract/callMeta';
import { useApi } from '../api/ApiContext';
import { useLiveRefresh } from '../live/LiveChanges';
import { useErrorMessage } from '../api/useErrorMessage';

/** An open review thread as the composer shows it: the comment, its replies, and the words it was about in its version. */
export interface FeedbackThread {
  thread: Comment;
  replies: Comment[];
  /** The bullet's or paragraph's text in the version commented on (to find it again after edits); null for whole fields. */
  quote: string | null;
}

/** Why the text came back, when it did: who asked for changes, when, on which version, and the thread holding the reason. */
export interface ChangesRequested {
  by: string;
  at: string;
  seq: number;
  reason: FeedbackThread | null;
}

/** What the text was about in its version: a bullet's or a paragraph's words. */
function quoteOf(anchor: Comment['anchor'], content: Content | undefined): string | null {
  if (!content || anchor.index === null) return null;
  if (anchor.field === 'summary') return content.summary[anchor.index] ?? null;
  if (anchor.field === 'body') return bodyUnits(content)[anchor.index]?.text ?? null;
  return null;
}

/** The review's feedback on a communiqué, for its composer: open threads, the request for changes, and acting on them. */
export function useReviewFeedback(id: number | null) {
  const api = useApi();
  const describe = useErrorMessage();
  const [open, setOpen] = useState<FeedbackThread[]>([]);
  const [changes, setChanges] = useState<ChangesRequested | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    async (meta?: CallMeta) => {
      // A draft not yet at the office has no review.
      if (id === null) return;
      const [comments, versions] = await Promise.all([api.listComments({ id }, meta), api.listVersions({ id }, meta)]);
      if (!comments.ok) return setError(describe(comments.error));
      const roots = comments.value.filter((comment) => comment.parentId === null && comment.resolvedAt === null);
      const needed = [...new Set(roots.filter((root) => root.anchor.index !== null).map((root) => root.versionId))];
      const contents = new Map<number, Content>();
      for (const versionId of needed) {
        const version = await api.getVersion({ versionId }, meta);
        if (version.ok) contents.set(versionId, version.value.content);
      }
      const threads = roots.map((thread) => ({
        thread,
        replies: comments.value.filter((reply) => reply.parentId === thread.id),
        quote: quoteOf(thread.anchor, contents.get(thread.versionId)),
      }));
      setOpen(threads);
      const latest = versions.ok ? versions.value.at(-1) : undefined;
      const decision = latest?.decision;
      if (latest && decision?.decision === 'request_changes') {
        // The reason is the general comment the decision wrote, on that version, by that person, at that moment.
        const written = comments.value.find(
          (comment) =>
            comment.parentId === null &&
            comment.versionId === latest.id &&
            comment.anchor.field === 'general' &&
            comment.author === decision.by &&
            comment.createdAt === decision.at,
        );
        const reason = written ? { thread: written, replies: comments.value.filter((reply) => reply.parentId === written.id), quote: null } : null;
        setChanges({ by: decision.by, at: decision.at, seq: latest.seq, reason });
      } else setChanges(null);
      setError(null);
    },
    [api, id, describe],
  );
  useEffect(() => void load(), [load]);
  // Comments and decisions made elsewhere arrive without reloading.
  useLiveRefresh(load, (change) => change.communiqueId === id);

  const resolve = async (commentId: number) => {
    const result = await api.resolveComment({ commentId });
    if (!result.ok) return setError(describe(result.error));
    await load();
  };
  const reply = async (thread: Comment, body: string) => {
    if (id === null) return false;
    const result = await api.addComment({ id, versionId: thread.versionId, anchor: thread.anchor, body, parentId: thread.id });
    if (!result.ok) {
      setError(describe(result.error));
      return false;
    }
    await load();
    return true;
  };
  return { open, changes, error, resolve, reply };
}

/** The review's feedback on a communiqué, as the composer holds it. */
export type ReviewFeedback = ReturnType<typeof useReviewFeedback>;
