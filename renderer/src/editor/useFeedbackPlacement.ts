import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import type { Comment } from '../../../shared/domain/comment';
import type { Communique } from '../../../shared/domain/communique';
import { useDynamicTranslation } from '../i18n/useDynamicTranslation';
import { anchorLabel } from '../review/anchorLabel';
import { useSession } from '../session/SessionContext';
import { commentedKey, findCommentedBlock } from './extensions/CommentedParagraphs';
import { focusBody } from './focusBody';
import type { FeedbackThread } from './useReviewFeedback';
import { useReviewFeedback } from './useReviewFeedback';

/**
 * The review's open comments placed in the composer: which go beside which field, what this person may do with them
 * (reply, resolve: the rule book), the body's commented paragraphs marked, and the way to one.
 */
export function useFeedbackPlacement(communique: Communique, editor: Editor | null, bulletCount: number, atOffice = true) {
  const session = useSession();
  const translate = useDynamicTranslation();
  const feedback = useReviewFeedback(atOffice ? communique.id : null);
  const actions = {
    onReply: session.allows('comment', communique) ? feedback.reply : undefined,
    onResolve: session.mayCall('resolveComment') ? feedback.resolve : undefined,
  };
  const on = (fields: readonly Comment['anchor']['field'][], index?: number) =>
    feedback.open.filter(({ thread }) => fields.includes(thread.anchor.field) && (index === undefined || thread.anchor.index === index));
  // Comments on bullets that are no longer there (or on the bullets as a whole) go under the list.
  const bulletsGone = feedback.open.filter(
    ({ thread }) => thread.anchor.field === 'summary' && (thread.anchor.index === null || thread.anchor.index >= bulletCount),
  );
  const goTo = ({ thread, quote }: FeedbackThread) => {
    if (!editor) return;
    const block = findCommentedBlock(editor.state.doc, thread.anchor.index ?? 0, quote);
    if (block) focusBody(editor, { from: block.from + 1 });
  };
  useEffect(() => {
    if (!editor) return;
    const blocks = feedback.open.flatMap(({ thread, quote }) => {
      if (thread.anchor.field !== 'body' || thread.anchor.index === null) return [];
      const block = findCommentedBlock(editor.state.doc, thread.anchor.index, quote);
      return block ? [{ ...block, label: anchorLabel(thread.anchor, translate) }] : [];
    });
    editor.view.dispatch(editor.state.tr.setMeta(commentedKey, blocks));
  }, [editor, feedback.open, translate]);
  return { feedback, actions, on, bulletsGone, goTo };
}
