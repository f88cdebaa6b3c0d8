import type { CopiedTable } from './copiedTables';

/** One row as a copy moves it: its stored columns by name. */
export type Row = Record<string, unknown>;

/** One end of a copy between engines: the store read from, or the store written to (see copyStore). */
export interface CopyEnd {
  readonly engine: 'sqlite' | 'postgres';
  /** How messages name it (a file's path, or the server's address without its password). */
  readonly where: string;
  /** The rows of `table` after the row `after` (by its key), at most `limit`, in key order. */
  page(table: CopiedTable, after: Row | null, limit: number): Promise<Row[]>;
  insert(table: CopiedTable, rows: readonly Row[]): Promise<void>;
  /** Runs one statement written with `?` for each value (each end writes its own placeholders). */
  run(sql: string, values?: readonly unknown[]): Promise<void>;
  count(table: string): Promise<number>;
  /** Puts a communiqué's folded words into this engine's search index. */
  index(id: number, text: { title: string; summary: string; body: string; people: string }): Promise<void>;
  /** Runs `work` in one transaction: a snapshot for the end read from, all or nothing (under the write lock) for the end written to. */
  transaction<T>(mode: 'read' | 'write', work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A column or table name quoted the way both engines read it. */
export const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The keyset condition "after this row" for a table's key, with `?` for the values. */
export function afterKey(table: CopiedTable): string {
  return `(${table.key.map(quoted).join(', ')}) > (${table.key.map(() => '?').join(', ')})`;
}
