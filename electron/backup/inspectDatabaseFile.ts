import BetterSqlite3 from 'better-sqlite3';

/** What a file is, as far as Redacta can tell without changing it. */
export type DatabaseVerdict = { kind: 'intact'; schemaVersion: number } | { kind: 'damaged'; problems: string[] } | { kind: 'not-redacta' };

/** How deep the check goes: SQLite's integrity check (`full`), its quick check, or none (it ran elsewhere, see inspectOffThread). */
export type CheckDepth = 'full' | 'quick' | 'none';

/** Tables every Redacta database has had since schema 1. */
const redactaTables = ['communiques', 'versions', 'audit_log', 'series', 'letterheads'];

/** The pragma a check runs: the integrity check reads every page and index; the quick check skips the index-to-table cross check. */
export const checkPragma = (depth: Exclude<CheckDepth, 'none'>): string => (depth === 'full' ? 'integrity_check(20)' : 'quick_check(20)');

/** The problems a check's rows report (none when it says `ok`). */
export function problemsOf(rows: readonly { integrity_check?: string; quick_check?: string }[]): string[] {
  return rows.map((row) => row.integrity_check ?? row.quick_check ?? '').filter((line) => line !== 'ok');
}

/**
 * What an error SQLite raised while reading the file says of it: not a database, or damaged (corrupt pages). Any other
 * error (busy, out of memory, a failing read) says nothing of the file: it is thrown for the caller to report.
 */
export function verdictOfError(error: unknown): DatabaseVerdict {
  const code = (error as { code?: string } | null)?.code ?? '';
  const message = error instanceof Error ? error.message : String((error as { message?: unknown } | null)?.message ?? error);
  if (code === 'SQLITE_NOTADB') return { kind: 'not-redacta' };
  if (code.startsWith('SQLITE_CORRUPT')) return { kind: 'damaged', problems: [message] };
  throw error instanceof Error ? error : Object.assign(new Error(message), { code });
}

/**
 * Opens `path` read-only and checks it (see CheckDepth), then whether it is a Redacta database and at which schema.
 * It blocks the thread for as long as the check reads: a whole store from another thread goes through inspectOffThread.
 */
export function inspectDatabaseFile(path: string, depth: CheckDepth = 'full', nativeBinding?: string): DatabaseVerdict {
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true, nativeBinding });
  } catch {
    return { kind: 'not-redacta' };
  }
  try {
    if (depth !== 'none') {
      const problems = problemsOf(db.pragma(checkPragma(depth)) as { integrity_check?: string; quick_check?: string }[]);
      if (problems.length > 0) return { kind: 'damaged', problems };
    }
    const tables = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name));
    if (!redactaTables.every((table) => tables.has(table))) return { kind: 'not-redacta' };
    return { kind: 'intact', schemaVersion: Number(db.pragma('user_version', { simple: true })) };
  } catch (error) {
    return verdictOfError(error);
  } finally {
    db.close();
  }
}
