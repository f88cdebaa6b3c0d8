import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { AppError } from '../api/AppError';
import { migrate } from './migrate';
import { migrations } from './migrations/migrations';

/** How to open the store. */
export interface OpenDatabaseOptions {
  /** Path of a better-sqlite3 addon built for another runtime (Electron's ABI). */
  nativeBinding?: string | undefined;
  /** How long a write waits for another process's lock before giving up (STORE_BUSY); 10 s unless said. */
  busyTimeoutMs?: number | undefined;
  /** Largest store (bytes) checked at every open; 64 MiB unless said (see assertIntact). */
  startCheckUpToBytes?: number | undefined;
}

/**
 * SQLite's quick check reads every page: measured at about 15 ms a megabyte (122 MB: 1.9 s; 2 GB: 18 s warm, 54 s from
 * disk). Up to 64 MiB it costs well under a second at each start; a bigger store is checked on a worker thread once the
 * app or `serve` has started (createBackend), by `check`, and by the integrity check every daily backup runs on its copy.
 */
const defaultStartCheckUpToBytes = 64 * 1024 * 1024;

/** Opens (creating if needed) the SQLite store, sets WAL, foreign keys and a busy timeout, and migrates it. */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database {
  mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path, { timeout: options.busyTimeoutMs ?? 10_000, nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (checkedAtOpen(path, options)) assertIntact(db, path);
    migrate(db, migrations, path);
    return db;
  } catch (error) {
    db.close();
    throw isDamage(error, path) ? new AppError('DATABASE_DAMAGED', { path }) : error;
  }
}

/** Whether opening the store at `path` runs the quick check (a larger one is checked in the background: see createBackend). */
export function checkedAtOpen(path: string, options: Pick<OpenDatabaseOptions, 'startCheckUpToBytes'> = {}): boolean {
  return storeBytes(path) <= (options.startCheckUpToBytes ?? defaultStartCheckUpToBytes);
}

/** The store's size on disk, its write-ahead log included. */
function storeBytes(path: string): number {
  const size = (file: string) => statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  return size(path) + size(`${path}-wal`);
}

/** SQLite's quick check at start (docs/ARCHITECTURE.md, "The store"): a damaged store is refused before anything uses it. */
function assertIntact(db: Database, path: string): void {
  const verdict = db.pragma('quick_check(1)', { simple: true });
  if (verdict !== 'ok') throw new AppError('DATABASE_DAMAGED', { path });
}

/** Whether SQLite found the file damaged: corrupt pages, or a file that starts as a SQLite database and does not read as one. */
function isDamage(error: unknown, path: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB') return startsAsSqlite(path);
  return code === 'SQLITE_CORRUPT' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT_'));
}

/** Whether the file begins with SQLite's header string (any other file is simply not a database). */
function startsAsSqlite(path: string): boolean {
  const header = Buffer.alloc(16);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    readSync(fd, header, 0, 16, 0);
    return header.toString('latin1') === 'SQLite format 3\0';
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The schema version this build of Redacta writes. */
export const latestSchemaVersion: number = migrations.at(-1)?.version ?? 0;
