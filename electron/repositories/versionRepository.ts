import { contentSchema } from '../../shared/domain/content';
import type { Version, VersionSummary } from '../../shared/domain/version';
import type { StoreQueries } from './StoreQueries';

/** Stores frozen versions; the schema forbids changing or deleting them. */
export function versionRepository(db: StoreQueries) {
  // Each version with its last decision.
  const select = () =>
    db
      .selectFrom('versions as v')
      .leftJoin('decisions as d', (join) =>
        join.onRef('d.id', '=', (last) =>
          last
            .selectFrom('decisions')
            .select((max) => max.fn.max('id').as('id'))
            .whereRef('version_id', '=', 'v.id'),
        ),
      )
      .select(['v.id', 'v.communique_id', 'v.seq', 'v.sha256', 'v.reason', 'v.author', 'v.created_at', 'd.decision', 'd.decided_by', 'd.decided_at']);
  return {
    /** Every version of a communiqué, oldest first, with its last decision. */
    list: async (communiqueId: number): Promise<VersionSummary[]> =>
      (await select().where('v.communique_id', '=', communiqueId).orderBy('v.seq').execute()).map(toSummary),
    /** One version with its content. */
    get: async (id: number): Promise<Version | undefined> => {
      const row = await select().select(['v.content', 'v.schema_version', 'v.letterhead_id']).where('v.id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      return {
        ...toSummary(row),
        schemaVersion: row.schema_version,
        letterheadId: row.letterhead_id ?? 0,
        content: contentSchema.parse(JSON.parse(row.content)),
      };
    },
    /** Freezes a version; its content is stored as the canonical JSON its hash was computed on. */
    insert: async (version: {
      communiqueId: number;
      canonicalContent: string;
      schemaVersion: number;
      sha256: string;
      reason: VersionSummary['reason'];
      author: string;
      at: string;
      letterheadId: number;
    }): Promise<{ id: number; seq: number }> => {
      const last = await db
        .selectFrom('versions')
        .select((max) => max.fn.max('seq').as('seq'))
        .where('communique_id', '=', version.communiqueId)
        .executeTakeFirst();
      const seq = Number(last?.seq ?? 0) + 1;
      const row = await db
        .insertInto('versions')
        .values({
          communique_id: version.communiqueId,
          seq,
          content: version.canonicalContent,
          schema_version: version.schemaVersion,
          sha256: version.sha256,
          reason: version.reason,
          author: version.author,
          created_at: version.at,
          letterhead_id: version.letterheadId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id, seq };
    },
  };
}

function toSummary(row: {
  id: number;
  communique_id: number;
  seq: number;
  sha256: string;
  reason: string;
  author: string;
  created_at: string;
  decision: string | null;
  decided_by: string | null;
  decided_at: string | null;
}): VersionSummary {
  const decision = row.decision as 'approve' | 'request_changes' | null;
  return {
    id: row.id,
    communiqueId: row.communique_id,
    seq: row.seq,
    sha256: row.sha256,
    reason: row.reason as VersionSummary['reason'],
    author: row.author,
    createdAt: row.created_at,
    decision: decision && row.decided_by && row.decided_at ? { decision, by: row.decided_by, at: row.decided_at } : null,
  };
}
