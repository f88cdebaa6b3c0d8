import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { CheckDepth, DatabaseVerdict } from './inspectDatabaseFile';
import { checkPragma, inspectDatabaseFile, problemsOf, verdictOfError } from './inspectDatabaseFile';

/** The worker's whole program: open the file read-only, run the check's pragma, post its rows or what failed and where. */
const program = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding });
} catch (error) {
  parentPort.postMessage({ failed: 'open' });
}
if (db) {
  try {
    parentPort.postMessage({ rows: db.pragma(workerData.pragma) });
  } catch (error) {
    parentPort.postMessage({ failed: 'check', code: error && error.code, message: String(error && error.message) });
  } finally {
    db.close();
  }
}
`;

type WorkerReport = { rows: { integrity_check?: string; quick_check?: string }[] } | { failed: 'open' } | { failed: 'check'; code?: string; message: string };

/** The better-sqlite3 the worker loads: the same package this process loads (its addon may be given as nativeBinding). */
const betterSqlite3 = () => createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * inspectDatabaseFile with its check (which reads every page: about 15 ms a megabyte, 20 s and more on a 2 GB store) run
 * on a worker thread, so the process keeps answering meanwhile; the cheap rest (tables, schema) runs here after it.
 * Aborting `signal` stops the worker and rejects with the signal's reason.
 */
export async function inspectOffThread(
  path: string,
  depth: Exclude<CheckDepth, 'none'>,
  nativeBinding?: string,
  signal?: AbortSignal,
): Promise<DatabaseVerdict> {
  signal?.throwIfAborted();
  const worker = new Worker(program, { eval: true, workerData: { module: betterSqlite3(), path, pragma: checkPragma(depth), nativeBinding } });
  const stop = () => void worker.terminate();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const report = await new Promise<WorkerReport>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', () => reject(signal?.reason ?? new Error('the check stopped before it answered')));
    });
    if ('rows' in report) {
      const problems = problemsOf(report.rows);
      return problems.length > 0 ? { kind: 'damaged', problems } : inspectDatabaseFile(path, 'none', nativeBinding);
    }
    if (report.failed === 'open') return { kind: 'not-redacta' };
    return verdictOfError({ code: report.code, message: report.message });
  } finally {
    signal?.removeEventListener('abort', stop);
    await worker.terminate();
  }
}
