import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createBackend } from '../../electron/api/createBackend';
import type { Communique } from '../../shared/domain/communique';
import { seedContent } from '../helpers/fixtures';
import { staffOffice } from '../helpers/staffOffice';
import type { BenchRow } from './measure';
import { repeat, summarize } from './measure';

const µs = (value: number) => `${(value * 1000).toFixed(0)} µs`;

/**
 * What one call costs through the dispatcher, signed in (who calls, roles, validation, the call's transaction, the
 * handler, the output check), beside the bare SQL read of the same row with better-sqlite3 as the floor.
 */
export async function dispatchBench(dir: string): Promise<BenchRow[]> {
  const databasePath = join(dir, 'dispatch.sqlite3');
  const backend = createBackend({ databasePath });
  const { ok } = await staffOffice(backend);
  const created = await ok('ana', 'createCommunique', { content: seedContent('seed-000-es') });
  const reads = summarize(await repeat(2000, () => ok('ana', 'getCommunique', { id: created.id })));
  let current: Pick<Communique, 'revision' | 'content'> = created;
  const saves = summarize(
    await repeat(500, async () => {
      const saved = await ok('ana', 'saveCommunique', { id: created.id, revision: current.revision, content: current.content });
      current = { ...current, revision: saved.revision };
    }),
  );
  await backend.close();
  const db = new BetterSqlite3(databasePath, { readonly: true });
  const select = db.prepare('SELECT * FROM communiques WHERE id = ?');
  const bare = summarize(
    await repeat(2000, async () => {
      select.get(created.id);
    }),
  );
  db.close();
  return [
    { what: 'a read call (getCommunique, signed in)', figure: µs(reads.median), note: `median of 2000; p95 ${µs(reads.p95)}` },
    {
      what: '  the bare SQL row read (better-sqlite3)',
      figure: µs(bare.median),
      note: `the floor; the call is ${(reads.median / bare.median).toFixed(0)}× it`,
    },
    { what: 'an autosave (saveCommunique, one immediate txn)', figure: µs(saves.median), note: `median of 500; p95 ${µs(saves.p95)}; synchronous=FULL` },
  ];
}
