import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { migrate } from './migrate';
import { migrations } from './migrations/migrations';

/** How to open the store. */
export interface OpenDatabaseOptions {
  /** Path of a better-sqlite3 addon built for another runtime (Electron's ABI). */
  nativeBinding?: string | undefined;
  /** How long a write waits for another process's lock before giving up (STORE_BUSY); 10 s unless said. */
  busyTimeoutMs?: number | undefined;
}

/** Opens (creating if needed) the SQLite store, sets WAL, foreign keys and a busy timeout, and migrates it. */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database {
  mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path, { timeout: options.busyTimeoutMs ?? 10_000, nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, path);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The schema version this build of Redacta writes. */
export const latestSchemaVersion: number = migrations.at(-1)?.version ?? 0;
