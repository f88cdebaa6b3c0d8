import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Under a comment thread: reply to it, or mark it resolved (each offered only when given). */
export function ThreadActions({
  threadId,
  onReply,
  onResolve,
}: {
  threadId: number;
  onReply: ((parentId: number, body: string) => Promise<boolean>) | undefined;
  onResolve: ((id: number) => Promise<void>) | undefined;
}) {
  const { t } = useTranslation();
  const [reply, setReply] = useState('');
  const [open, setOpen] = useState(false);
  return (
    <div className="thread-actions">
      {onReply && open && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void onReply(threadId, reply).then((done) => {
              if (!done) return;
              setOpen(false);
              setReply('');
            });
          }}
        >
          <input type="text" aria-label={t('review.replyText')} value={reply} maxLength={4000} autoFocus onChange={(event) => setReply(event.target.value)} />
          <button type="submit" disabled={!reply.trim()}>
            {t('review.sendReply')}
          </button>
        </form>
      )}
      {onReply && !open && (
        <button type="button" onClick={() => setOpen(true)}>
          {t('review.reply')}
        </button>
      )}
      {onResolve && (
        <button type="button" onClick={() => void onResolve(threadId)}>
          {t('review.resolve')}
        </button>
      )}
    </div>
  );
}
