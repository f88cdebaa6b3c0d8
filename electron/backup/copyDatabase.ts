import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../api/AppError';
import { inspectOffThread } from './inspectOffThread';

/** Something SQLite's online backup can copy from: an open database (or the store around it). */
export interface BackupSource {
  backup(destination: string): Promise<unknown>;
}

/**
 * Copies the open database to `target` with SQLite's online backup (writers carry on meanwhile), as one self-contained
 * file: written under a temporary name beside it, checked with `PRAGMA integrity_check`, flushed, then renamed, so
 * `target` is never half a database. Throws BACKUP_FAILED (and leaves nothing behind) otherwise.
 */
export async function copyDatabase(source: BackupSource, target: string, nativeBinding?: string): Promise<void> {
  // Its own temporary name: a copy made in the same second (the daily one, another person's) never shares it.
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
  try {
    rmSync(partial, { force: true });
    await source.backup(partial);
    // One file, no -wal beside it: a backup is copied, carried or restored as it is.
    const copy = new BetterSqlite3(partial, { nativeBinding });
    copy.pragma('journal_mode = DELETE');
    copy.close();
    // On a worker thread: a daily backup of a large store must not hold up the calls meanwhile.
    const verdict = await inspectOffThread(partial, 'full', nativeBinding);
    if (verdict.kind !== 'intact') throw new Error(verdict.kind === 'damaged' ? verdict.problems.join('; ') : verdict.kind);
    flush(partial);
    renameSync(partial, target);
    flush(dirname(target));
  } catch (error) {
    rmSync(partial, { force: true });
    throw new AppError('BACKUP_FAILED', { folder: dirname(target), detail: error instanceof Error ? error.message : String(error) });
  }
}

/** Makes the file's (or folder's) contents durable before it is relied on. */
function flush(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Windows refuses to open a folder for fsync; the rename is atomic there all the same.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
