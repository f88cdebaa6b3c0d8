import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import { auditRepository } from '../repositories/auditRepository';
import { commentRepository } from '../repositories/commentRepository';
import { versionRepository } from '../repositories/versionRepository';
import { requireCommunique } from './requireCommunique';

/** Review comments: on a version, anchored to a field, bullet or paragraph; replies; resolving. */
export const commentService: Pick<Handlers, 'listComments' | 'addComment' | 'resolveComment'> = {
  listComments: ({ id }, { db }) => {
    requireCommunique(db, id);
    return commentRepository(db).list(id);
  },

  addComment: ({ id, versionId, anchor, body, parentId }, { db, actor, now }) =>
    db
      .transaction(() => {
        requireCommunique(db, id);
        const version = versionRepository(db).get(versionId);
        if (!version || version.communiqueId !== id) throw new AppError('VERSION_NOT_FOUND', { versionId });
        const parent = parentId === undefined ? undefined : commentRepository(db).get(parentId);
        if (parentId !== undefined && (!parent || parent.communiqueId !== id)) throw new AppError('COMMENT_NOT_FOUND', { commentId: parentId });
        const at = now().toISOString();
        // A reply belongs to its thread: same version, same place.
        const commentId = commentRepository(db).insert({
          communiqueId: id,
          versionId: parent?.versionId ?? versionId,
          parentId: parent?.parentId ?? parent?.id ?? null,
          anchor: parent?.anchor ?? anchor,
          body,
          author: actor.name,
          at,
        });
        auditRepository(db).append({ at, actor: actor.name, action: parent ? 'comment-reply' : 'comment', communiqueId: id, details: { comment: commentId } });
        const created = commentRepository(db).get(commentId);
        if (!created) throw new AppError('COMMENT_NOT_FOUND', { commentId });
        return created;
      })
      .immediate(),

  resolveComment: ({ commentId }, { db, actor, now }) =>
    db
      .transaction(() => {
        const comment = commentRepository(db).get(commentId);
        if (!comment) throw new AppError('COMMENT_NOT_FOUND', { commentId });
        const at = now().toISOString();
        const threadId = comment.parentId ?? comment.id;
        commentRepository(db).resolve(threadId, actor.name, at);
        auditRepository(db).append({ at, actor: actor.name, action: 'comment-resolve', communiqueId: comment.communiqueId, details: { comment: threadId } });
        const resolved = commentRepository(db).get(commentId);
        if (!resolved) throw new AppError('COMMENT_NOT_FOUND', { commentId });
        return resolved;
      })
      .immediate(),
};
