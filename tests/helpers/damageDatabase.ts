import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/**
 * Writes garbage over four pages of a database file (page size read from its header), as a failing disk would: pages 3
 * to 6 (the schema's first tables: opening it fails) or the last four (the newest rows: it opens, and a check finds it).
 */
export function damageDatabase(path: string, where: 'start' | 'end' = 'start'): void {
  const db = new BetterSqlite3(path, { readonly: true });
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  db.close();
  const offset = where === 'start' ? pageSize * 2 : statSync(path).size - pageSize * 4;
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(pageSize * 4, 0xa7), 0, pageSize * 4, offset);
  closeSync(fd);
}
