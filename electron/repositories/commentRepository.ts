import type { Database } from 'better-sqlite3';
import type { Comment } from '../../shared/domain/comment';

interface CommentRow {
  id: number;
  communique_id: number;
  version_id: number;
  version_seq: number;
  parent_id: number | null;
  anchor_field: Comment['anchor']['field'];
  anchor_index: number | null;
  body: string;
  author: string;
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
}

const select = 'SELECT c.*, v.seq AS version_seq FROM comments c JOIN versions v ON v.id = c.version_id';

/** Stores review comments and their replies. */
export function commentRepository(db: Database) {
  const list = db.prepare<[number], CommentRow>(`${select} WHERE c.communique_id = ? ORDER BY c.id`);
  const byId = db.prepare<[number], CommentRow>(`${select} WHERE c.id = ?`);
  const insert = db.prepare(
    `INSERT INTO comments (communique_id, version_id, parent_id, anchor_field, anchor_index, body, author, created_at)
     VALUES (@communiqueId, @versionId, @parentId, @field, @index, @body, @author, @at)`,
  );
  const resolve = db.prepare('UPDATE comments SET resolved_by = @by, resolved_at = @at WHERE (id = @id OR parent_id = @id) AND resolved_at IS NULL');
  return {
    list: (communiqueId: number): Comment[] => list.all(communiqueId).map(toComment),
    get: (id: number): Comment | undefined => {
      const row = byId.get(id);
      return row && toComment(row);
    },
    /** Stores a comment (a reply takes its thread's version and anchor) and returns its id. */
    insert: (comment: {
      communiqueId: number;
      versionId: number;
      parentId: number | null;
      anchor: Comment['anchor'];
      body: string;
      author: string;
      at: string;
    }): number =>
      Number(
        insert.run({
          communiqueId: comment.communiqueId,
          versionId: comment.versionId,
          parentId: comment.parentId,
          field: comment.anchor.field,
          index: comment.anchor.index,
          body: comment.body,
          author: comment.author,
          at: comment.at,
        }).lastInsertRowid,
      ),
    /** Resolves a comment and the replies under it. */
    resolve: (id: number, by: string, at: string): void => void resolve.run({ id, by, at }),
  };
}

function toComment(row: CommentRow): Comment {
  return {
    id: row.id,
    communiqueId: row.communique_id,
    versionId: row.version_id,
    versionSeq: row.version_seq,
    parentId: row.parent_id,
    anchor: { field: row.anchor_field, index: row.anchor_index },
    body: row.body,
    author: row.author,
    createdAt: row.created_at,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
  };
}
