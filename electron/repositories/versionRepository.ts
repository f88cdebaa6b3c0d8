import type { Database } from 'better-sqlite3';
import { contentSchema } from '../../shared/domain/content';
import type { Version, VersionSummary } from '../../shared/domain/version';

interface VersionRow {
  id: number;
  communique_id: number;
  seq: number;
  sha256: string;
  reason: VersionSummary['reason'];
  author: string;
  created_at: string;
  decision: 'approve' | 'request_changes' | null;
  decided_by: string | null;
  decided_at: string | null;
}

const summaryColumns = `v.id, v.communique_id, v.seq, v.sha256, v.reason, v.author, v.created_at,
  d.decision, d.decided_by, d.decided_at`;
const lastDecision = `LEFT JOIN decisions d ON d.id = (SELECT max(id) FROM decisions WHERE version_id = v.id)`;

/** Stores frozen versions; the schema forbids changing or deleting them. */
export function versionRepository(db: Database) {
  const list = db.prepare<[number], VersionRow>(`SELECT ${summaryColumns} FROM versions v ${lastDecision} WHERE v.communique_id = ? ORDER BY v.seq`);
  const byId = db.prepare<[number], VersionRow & { content: string; schema_version: number; letterhead_id: number }>(
    `SELECT ${summaryColumns}, v.content, v.schema_version, v.letterhead_id FROM versions v ${lastDecision} WHERE v.id = ?`,
  );
  const nextSeq = db.prepare<[number], { next: number }>('SELECT coalesce(max(seq), 0) + 1 AS next FROM versions WHERE communique_id = ?');
  const insert = db.prepare(
    `INSERT INTO versions (communique_id, seq, content, schema_version, sha256, reason, author, created_at, letterhead_id)
     VALUES (@communiqueId, @seq, @content, @schemaVersion, @sha256, @reason, @author, @at, @letterheadId)`,
  );
  return {
    /** Every version of a communiqué, oldest first, with its last decision. */
    list: (communiqueId: number): VersionSummary[] => list.all(communiqueId).map(toSummary),
    /** One version with its content. */
    get: (id: number): Version | undefined => {
      const row = byId.get(id);
      if (!row) return undefined;
      return {
        ...toSummary(row),
        schemaVersion: row.schema_version,
        letterheadId: row.letterhead_id,
        content: contentSchema.parse(JSON.parse(row.content)),
      };
    },
    /** Freezes a version; its content is stored as the canonical JSON its hash was computed on. */
    insert: (version: {
      communiqueId: number;
      canonicalContent: string;
      schemaVersion: number;
      sha256: string;
      reason: VersionSummary['reason'];
      author: string;
      at: string;
      letterheadId: number;
    }): { id: number; seq: number } => {
      const seq = nextSeq.get(version.communiqueId)?.next ?? 1;
      const result = insert.run({ ...version, seq, content: version.canonicalContent });
      return { id: Number(result.lastInsertRowid), seq };
    },
  };
}

function toSummary(row: VersionRow): VersionSummary {
  return {
    id: row.id,
    communiqueId: row.communique_id,
    seq: row.seq,
    sha256: row.sha256,
    reason: row.reason,
    author: row.author,
    createdAt: row.created_at,
    decision: row.decision && row.decided_by && row.decided_at ? { decision: row.decision, by: row.decided_by, at: row.decided_at } : null,
  };
}
