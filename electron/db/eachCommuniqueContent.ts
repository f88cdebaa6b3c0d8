import type { Database } from 'better-sqlite3';

const pageSize = 500;

/**
 * Calls `visit` with every communiqué's id and stored content, read a page at a time by id. A migration writes while it
 * reads: better-sqlite3 refuses a write on the connection while a statement is still being iterated.
 */
export function eachCommuniqueContent(db: Database, visit: (id: number, content: string) => void): void {
  const page = db.prepare<[number, number], { id: number; content: string }>('SELECT id, content FROM communiques WHERE id > ? ORDER BY id LIMIT ?');
  let after = 0;
  for (;;) {
    const rows = page.all(after, pageSize);
    for (const row of rows) visit(row.id, row.content);
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = last.id;
  }
}
