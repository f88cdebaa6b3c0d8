import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../../electron/api/createBackend';
import { inspectOffThread } from '../../../../electron/backup/inspectOffThread';
import { latestSchemaVersion } from '../../../../electron/db/openDatabase';
import { damageDatabase } from '../../../helpers/damageDatabase';
import { testBackend } from '../../../helpers/backend';
import { tempDir } from '../../../helpers/tempDir';

// A whole store's check reads every page (seconds on a large one): it runs beside the app's work, never in its way.

/** A closed Redacta store with `megabytes` of old rows at its end (many small rows: the last pages are table pages). */
async function storeOf(megabytes: number): Promise<string> {
  const { backend, databasePath, ok } = testBackend();
  await ok('createCommunique', { content: { title: 'Inaugura el IPN un laboratorio' } });
  await backend.close();
  const db = new BetterSqlite3(databasePath);
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)');
  const insert = db.prepare('INSERT INTO filler (text) VALUES (?)');
  const row = 'x'.repeat(200);
  db.transaction(() => {
    for (let i = 0; i < (megabytes * 1024 * 1024) / 220; i++) insert.run(row);
  })();
  db.pragma('journal_mode = DELETE');
  db.close();
  return databasePath;
}

/** How many turns the event loop makes while `work` is pending: none if it held the thread all along. */
async function turnsDuring(work: Promise<unknown>): Promise<number> {
  let turns = 0;
  let done = false;
  const counted = work.finally(() => {
    done = true;
  });
  while (!done) {
    await new Promise((resolve) => setImmediate(resolve));
    turns++;
  }
  await counted;
  return turns;
}

describe('the integrity check on a worker thread', { timeout: 120_000 }, () => {
  it('says intact, damaged or not a Redacta database, as the check on the thread itself does', async () => {
    const intact = await storeOf(1);
    expect(await inspectOffThread(intact, 'full')).toEqual({ kind: 'intact', schemaVersion: latestSchemaVersion });
    expect(await inspectOffThread(intact, 'quick')).toEqual({ kind: 'intact', schemaVersion: latestSchemaVersion });
    const damaged = await storeOf(1);
    damageDatabase(damaged, 'end');
    expect(await inspectOffThread(damaged, 'quick')).toMatchObject({ kind: 'damaged', problems: [expect.any(String)] });
    const letter = join(tempDir(), 'carta.sqlite3');
    writeFileSync(letter, 'Estimada colega: le agradezco la invitación.');
    expect(await inspectOffThread(letter, 'full')).toEqual({ kind: 'not-redacta' });
    expect(await inspectOffThread(join(tempDir(), 'nada.sqlite3'), 'full')).toEqual({ kind: 'not-redacta' });
  });

  it('keeps the process answering while it reads a 40 MB store through, and stops when asked', async () => {
    const path = await storeOf(40);
    // Held on the thread, the check would let the loop turn once at most before it answered.
    expect(await turnsDuring(inspectOffThread(path, 'full'))).toBeGreaterThan(20);
    const stop = new AbortController();
    const checking = inspectOffThread(path, 'full', undefined, stop.signal);
    stop.abort(new Error('closing'));
    await expect(checking).rejects.toThrow('closing');
  });

  it('checks a store too large to check at start once the app runs, and turns to the restore screen if it is damaged', async () => {
    const path = await storeOf(2);
    await createBackend({ databasePath: path, dailyBackups: true, now: () => new Date('2026-12-01T08:00:00.000Z') }).close();
    damageDatabase(path, 'end');
    const logged: string[] = [];
    // Every store counts as too large here: it opens unchecked, as a 2 GB one does.
    const { call, backend } = testBackend({ databasePath: path, offerRestore: true, startCheckUpToBytes: 0, logInternal: (method) => logged.push(method) });
    for (let tries = 0; tries < 100; tries++) {
      const health = await call('getStoreHealth', {});
      if (health.ok && health.value.damaged) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await call('getStoreHealth', {})).toEqual({ ok: true, value: { damaged: true, latestBackup: '2026-12-01T08:00:00.000Z' } });
    expect(logged).toEqual(['startCheck']);
    expect(await call('listCommuniques', {})).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
    expect(await call('restoreLatestBackup', {})).toMatchObject({ ok: true, value: { takenAt: '2026-12-01T08:00:00.000Z' } });
    const listed = await call('listCommuniques', {});
    expect(listed.ok && listed.value.map((row) => row.title)).toEqual(['Inaugura el IPN un laboratorio']);
    await backend.close();
  });

  it('leaves an intact large store working and reports nothing', async () => {
    const path = await storeOf(40);
    const logged: string[] = [];
    const { call, backend } = testBackend({ databasePath: path, offerRestore: true, startCheckUpToBytes: 0, logInternal: (method) => logged.push(method) });
    expect(await call('listCommuniques', {})).toMatchObject({ ok: true, value: [{ title: 'Inaugura el IPN un laboratorio' }] });
    await backend.close();
    expect(logged).toEqual([]);
  });
});
