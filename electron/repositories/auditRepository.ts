import type { Database } from 'better-sqlite3';

/** One audit entry to append. */
export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  communiqueId: number | null;
  details?: Record<string, unknown>;
}

/** Appends to the audit log; entries are never changed or removed (the schema forbids it). */
export function auditRepository(db: Database) {
  const insert = db.prepare('INSERT INTO audit_log (at, actor, action, communique_id, details) VALUES (?, ?, ?, ?, ?)');
  return {
    /** Records who did what, when. */
    append: (entry: AuditEntry): void => {
      insert.run(entry.at, entry.actor, entry.action, entry.communiqueId, JSON.stringify(entry.details ?? {}));
    },
  };
}
