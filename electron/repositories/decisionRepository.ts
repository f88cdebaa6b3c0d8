import type { StoreQueries } from './StoreQueries';

/** Records decisions on versions (approve, request changes), each bound to the hash of the version decided on. */
export function decisionRepository(db: StoreQueries) {
  return {
    /** Records a decision; the schema keeps it forever, unchanged. */
    record: async (decision: {
      versionId: number;
      decision: 'approve' | 'request_changes';
      sha256: string;
      by: string;
      at: string;
      commentId?: number;
    }): Promise<void> => {
      await db
        .insertInto('decisions')
        .values({
          version_id: decision.versionId,
          decision: decision.decision,
          version_sha256: decision.sha256,
          decided_by: decision.by,
          decided_at: decision.at,
          comment_id: decision.commentId ?? null,
        })
        .execute();
    },
  };
}
