import { openOfficePool } from '../postgres/openOfficePool';
import { indexedWords } from '../postgres/postgresSearchMatch';
import type { CopiedTable } from './copiedTables';
import type { CopyEnd, Row } from './CopyEnd';
import { afterKey, quoted } from './CopyEnd';

/** `?` placeholders as PostgreSQL numbers them. */
const numbered = (sql: string): string => {
  let next = 0;
  return sql.replace(/\?/g, () => `$${++next}`);
};

/** An office database as one end of a copy: migrated first, then used through one connection. */
export async function postgresCopyEnd(url: string, where: string): Promise<CopyEnd> {
  // The server closing the connection fails the copy's query (and its transaction), never the process.
  const pool = await openOfficePool(url, where, 1);
  const client = await pool.connect();
  const query = async (sql: string, values: readonly unknown[] = []) => (await client.query(numbered(sql), [...values])).rows as Row[];
  return {
    engine: 'postgres',
    where,
    page: (table: CopiedTable, after: Row | null, limit: number) => {
      const condition = after ? `WHERE ${afterKey(table)}` : '';
      const sql = `SELECT ${table.columns.map(quoted).join(', ')} FROM ${quoted(table.table)} ${condition} ORDER BY ${table.key.map(quoted).join(', ')} LIMIT ?`;
      return query(sql, [...(after ? table.key.map((column) => after[column]) : []), limit]);
    },
    insert: async (table, rows) => {
      // Many rows per statement: one round trip for each hundred rows.
      for (let start = 0; start < rows.length; start += 100) {
        const slice = rows.slice(start, start + 100);
        const tuple = `(${table.columns.map(() => '?').join(', ')})`;
        const sql = `INSERT INTO ${quoted(table.table)} (${table.columns.map(quoted).join(', ')}) VALUES ${slice.map(() => tuple).join(', ')}`;
        await query(
          sql,
          slice.flatMap((row) => table.columns.map((column) => row[column] ?? null)),
        );
      }
    },
    run: async (sql, values = []) => {
      await query(sql, values);
    },
    count: async (table) => Number((await query(`SELECT count(*) AS n FROM ${quoted(table)}`))[0]?.n ?? 0),
    index: async (id, text) => {
      await query('DELETE FROM communique_search WHERE id = ?', [id]);
      // Indexed as PostgreSQL's search reads it (postgresSearchMatch): words one space apart.
      const words = [text.title, text.summary, text.body, text.people].map(indexedWords);
      await query('INSERT INTO communique_search (id, title, summary, body, people) VALUES (?, ?, ?, ?, ?)', [id, ...words]);
    },
    transaction: async (mode, work) => {
      await client.query(mode === 'read' ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
      try {
        const result = await work();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
    close: async () => {
      client.release();
      await pool.end();
    },
  };
}
