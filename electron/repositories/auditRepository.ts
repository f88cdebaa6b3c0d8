import type { Database } from 'better-sqlite3';
import type { AuditEntry as StoredEntry } from '../../shared/domain/auditEntry';

/** One audit entry to append. */
export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  communiqueId: number | null;
  details?: Record<string, unknown>;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  communique_id: number | null;
  details: string;
}

/** Appends to the audit log and reads it back; entries are never changed or removed (the schema forbids it). */
export function auditRepository(db: Database) {
  const insert = db.prepare('INSERT INTO audit_log (at, actor, action, communique_id, details) VALUES (?, ?, ?, ?, ?)');
  const ofCommunique = db.prepare<[number, number], AuditRow>('SELECT * FROM audit_log WHERE communique_id = ? ORDER BY id DESC LIMIT ?');
  const all = db.prepare<[number], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?');
  const toEntry = (row: AuditRow): StoredEntry => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    communiqueId: row.communique_id,
    details: JSON.parse(row.details) as Record<string, unknown>,
  });
  return {
    /** Records who did what, when. */
    append: (entry: AuditEntry): void => {
      insert.run(entry.at, entry.actor, entry.action, entry.communiqueId, JSON.stringify(entry.details ?? {}));
    },
    /** The newest entries, of one communiqué or of the whole office. */
    list: (communiqueId: number | undefined, limit: number): StoredEntry[] =>
      (communiqueId === undefined ? all.all(limit) : ofCommunique.all(communiqueId, limit)).map(toEntry),
  };
}
