import { closeSync, openSync, writeSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/** Writes garbage over pages 3 to 6 of a database file (page size read from its header), as a failing disk would. */
export function damageDatabase(path: string): void {
  const db = new BetterSqlite3(path, { readonly: true });
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  db.close();
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(pageSize * 4, 0xa7), 0, pageSize * 4, pageSize * 2);
  closeSync(fd);
}
