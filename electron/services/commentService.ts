import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import type { Repositories } from '../repositories/createRepositories';
import { assertAllowed } from './assertAllowed';
import { requireCommunique } from './requireCommunique';

/** Review comments: on a version, anchored to a field, bullet or paragraph; replies; resolving. */
export const commentService: Pick<Handlers, 'listComments' | 'addComment' | 'resolveComment'> = {
  listComments: async ({ id }, { repos }) => {
    await requireCommunique(repos, id);
    return await repos.comments.list(id);
  },

  addComment: async ({ id, versionId, anchor, body, parentId }, { repos, actor, now }) => {
    assertAllowed(actor, 'comment', await requireCommunique(repos, id));
    const version = await repos.versions.get(versionId);
    if (!version || version.communiqueId !== id) throw new AppError('VERSION_NOT_FOUND', { versionId });
    const parent = parentId === undefined ? undefined : await repos.comments.get(parentId);
    if (parentId !== undefined && (!parent || parent.communiqueId !== id)) throw new AppError('COMMENT_NOT_FOUND', { commentId: parentId });
    const at = now().toISOString();
    // A reply belongs to its thread: same version, same place.
    const commentId = await repos.comments.insert({
      communiqueId: id,
      versionId: parent?.versionId ?? versionId,
      parentId: parent?.parentId ?? parent?.id ?? null,
      anchor: parent?.anchor ?? anchor,
      body,
      author: actor.name,
      at,
    });
    await repos.audit.append({ at, actor: actor.name, action: parent ? 'comment-reply' : 'comment', communiqueId: id, details: { comment: commentId } });
    return await requireComment(repos, commentId);
  },

  resolveComment: async ({ commentId }, { repos, actor, now }) => {
    const comment = await requireComment(repos, commentId);
    const at = now().toISOString();
    const threadId = comment.parentId ?? comment.id;
    await repos.comments.resolve(threadId, actor.name, at);
    await repos.audit.append({ at, actor: actor.name, action: 'comment-resolve', communiqueId: comment.communiqueId, details: { comment: threadId } });
    return await requireComment(repos, commentId);
  },
};

async function requireComment(repos: Repositories, commentId: number) {
  const comment = await repos.comments.get(commentId);
  if (!comment) throw new AppError('COMMENT_NOT_FOUND', { commentId });
  return comment;
}
