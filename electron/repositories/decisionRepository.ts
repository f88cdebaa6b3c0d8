import type { Database } from 'better-sqlite3';

/** Records decisions on versions (approve, request changes), each bound to the hash of the version decided on. */
export function decisionRepository(db: Database) {
  const insert = db.prepare('INSERT INTO decisions (version_id, decision, version_sha256, decided_by, decided_at, comment_id) VALUES (?, ?, ?, ?, ?, ?)');
  return {
    /** Records a decision; the schema keeps it forever, unchanged. */
    record: (decision: { versionId: number; decision: 'approve' | 'request_changes'; sha256: string; by: string; at: string; commentId?: number }): void => {
      insert.run(decision.versionId, decision.decision, decision.sha256, decision.by, decision.at, decision.commentId ?? null);
    },
  };
}
