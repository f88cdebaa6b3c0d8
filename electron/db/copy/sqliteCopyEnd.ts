import type { Database } from 'better-sqlite3';
import { openDatabase } from '../openDatabase';
import type { CopiedTable } from './copiedTables';
import type { CopyEnd, Row } from './CopyEnd';
import { afterKey, quoted } from './CopyEnd';

/** A SQLite store as one end of a copy: opened (and migrated) as the app opens it. */
export function sqliteCopyEnd(path: string, nativeBinding?: string): CopyEnd {
  const db: Database = openDatabase(path, { nativeBinding });
  return {
    engine: 'sqlite',
    where: path,
    page: async (table: CopiedTable, after: Row | null, limit: number) => {
      const where = after ? `WHERE ${afterKey(table)}` : '';
      const sql = `SELECT ${table.columns.map(quoted).join(', ')} FROM ${quoted(table.table)} ${where} ORDER BY ${table.key.map(quoted).join(', ')} LIMIT ?`;
      return db.prepare(sql).all(...(after ? table.key.map((column) => after[column]) : []), limit) as Row[];
    },
    insert: async (table, rows) => {
      const statement = db.prepare(
        `INSERT INTO ${quoted(table.table)} (${table.columns.map(quoted).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`,
      );
      for (const row of rows) statement.run(...table.columns.map((column) => row[column] ?? null));
    },
    run: async (sql, values = []) => {
      db.prepare(sql).run(...values);
    },
    count: async (table) => (db.prepare(`SELECT count(*) AS n FROM ${quoted(table)}`).get() as { n: number }).n,
    index: async (id, text) => {
      db.prepare('DELETE FROM communique_search WHERE rowid = ?').run(id);
      db.prepare('INSERT INTO communique_search (rowid, title, summary, body, people) VALUES (?, ?, ?, ?, ?)').run(
        id,
        text.title,
        text.summary,
        text.body,
        text.people,
      );
    },
    transaction: async (mode, work) => {
      // A snapshot does not hold the write lock: the app may keep writing to the source while it is copied.
      db.exec(mode === 'read' ? 'BEGIN DEFERRED' : 'BEGIN IMMEDIATE');
      if (mode === 'read') db.prepare('SELECT count(*) FROM series').get();
      try {
        const result = await work();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
    close: async () => {
      db.close();
    },
  };
}
