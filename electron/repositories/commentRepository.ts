import type { Selectable } from 'kysely';
import type { Comment } from '../../shared/domain/comment';
import type { CommentsTable } from '../db/schema/StoreSchema';
import type { StoreQueries } from './StoreQueries';

/** Stores review comments and their replies. */
export function commentRepository(db: StoreQueries) {
  const select = () => db.selectFrom('comments as c').innerJoin('versions as v', 'v.id', 'c.version_id').selectAll('c').select('v.seq as version_seq');
  return {
    list: async (communiqueId: number): Promise<Comment[]> =>
      (await select().where('c.communique_id', '=', communiqueId).orderBy('c.id').execute()).map(toComment),
    get: async (id: number): Promise<Comment | undefined> => {
      const row = await select().where('c.id', '=', id).executeTakeFirst();
      return row && toComment(row);
    },
    /** Stores a comment (a reply takes its thread's version and anchor) and returns its id. */
    insert: async (comment: {
      communiqueId: number;
      versionId: number;
      parentId: number | null;
      anchor: Comment['anchor'];
      body: string;
      author: string;
      at: string;
    }): Promise<number> => {
      const row = await db
        .insertInto('comments')
        .values({
          communique_id: comment.communiqueId,
          version_id: comment.versionId,
          parent_id: comment.parentId,
          anchor_field: comment.anchor.field,
          anchor_index: comment.anchor.index,
          body: comment.body,
          author: comment.author,
          created_at: comment.at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    /** Resolves a comment and the replies under it. */
    resolve: async (id: number, by: string, at: string): Promise<void> => {
      await db
        .updateTable('comments')
        .set({ resolved_by: by, resolved_at: at })
        .where((where) => where.or([where('id', '=', id), where('parent_id', '=', id)]))
        .where('resolved_at', 'is', null)
        .execute();
    },
  };
}

function toComment(row: Selectable<CommentsTable> & { version_seq: number }): Comment {
  return {
    id: row.id,
    communiqueId: row.communique_id,
    versionId: row.version_id,
    versionSeq: row.version_seq,
    parentId: row.parent_id,
    anchor: { field: row.anchor_field as Comment['anchor']['field'], index: row.anchor_index },
    body: row.body,
    author: row.author,
    createdAt: row.created_at,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
  };
}
