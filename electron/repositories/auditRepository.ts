import type { AuditEntry as StoredEntry } from '../../shared/domain/auditEntry';
import type { StoreQueries } from './StoreQueries';
import { storedJson } from './storedJson';

/** One audit entry to append. */
export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  communiqueId: number | null;
  details?: Record<string, unknown>;
}

/** Appends to the audit log and reads it back; entries are never changed or removed (the schema forbids it). */
export function auditRepository(db: StoreQueries) {
  return {
    /** Records who did what, when. */
    append: async (entry: AuditEntry): Promise<void> => {
      await db
        .insertInto('audit_log')
        .values({ at: entry.at, actor: entry.actor, action: entry.action, communique_id: entry.communiqueId, details: storedJson(entry.details ?? {}) })
        .execute();
    },
    /** The newest entries, of one communiqué or of the whole office. */
    list: async (communiqueId: number | undefined, limit: number): Promise<StoredEntry[]> => {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .$if(communiqueId !== undefined, (query) => query.where('communique_id', '=', communiqueId ?? 0))
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        at: row.at,
        actor: row.actor,
        action: row.action,
        communiqueId: row.communique_id,
        details: JSON.parse(row.details) as Record<string, unknown>,
      }));
    },
  };
}
