import BetterSqlite3 from 'better-sqlite3';

/** What a file is, as far as Redacta can tell without changing it. */
export type DatabaseVerdict = { kind: 'intact'; schemaVersion: number } | { kind: 'damaged'; problems: string[] } | { kind: 'not-redacta' };

/** Tables every Redacta database has had since schema 1. */
const redactaTables = ['communiques', 'versions', 'audit_log', 'series', 'letterheads'];

/**
 * Opens `path` read-only and checks it: SQLite's integrity check (`full`, every page and index) or its quick check
 * (pages and structure, no index-to-table cross check), then whether it is a Redacta database and at which schema.
 */
export function inspectDatabaseFile(path: string, depth: 'full' | 'quick' = 'full', nativeBinding?: string): DatabaseVerdict {
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true, nativeBinding });
  } catch {
    return { kind: 'not-redacta' };
  }
  try {
    const rows = db.pragma(depth === 'full' ? 'integrity_check(20)' : 'quick_check(20)') as { integrity_check?: string; quick_check?: string }[];
    const problems = rows.map((row) => row.integrity_check ?? row.quick_check ?? '').filter((line) => line !== 'ok');
    if (problems.length > 0) return { kind: 'damaged', problems };
    const tables = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name));
    if (!redactaTables.every((table) => tables.has(table))) return { kind: 'not-redacta' };
    return { kind: 'intact', schemaVersion: Number(db.pragma('user_version', { simple: true })) };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') return { kind: 'not-redacta' };
    return { kind: 'damaged', problems: [error instanceof Error ? error.message : String(error)] };
  } finally {
    db.close();
  }
}
