import { join } from 'node:path';
import pg from 'pg';
import type { Backend } from '../../electron/api/createBackend';
import { openBackend } from '../../electron/api/openBackend';
import type { DatabaseLocation } from '../../electron/db/databaseLocation';
import { startPostgresCluster } from '../helpers/postgresCluster';
import { readyContent } from '../helpers/readyContent';
import { queryDatabase } from '../helpers/queryDatabase';
import { raceWorkers } from '../helpers/runWorker';
import { passphraseOf, staffOffice } from '../helpers/staffOffice';
import type { BenchRow } from './measure';
import { summarize, timed } from './measure';

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** What each engine's run measured: per operation its samples, and the four concurrent approvers' wall time. */
interface EngineFigures {
  samples: Record<string, number[]>;
  fourApprovers: number;
}

const operations = ['create', 'save', 'submit', 'approve', 'list 400', 'search'] as const;

/** The same office work on one engine: 200 communiqués made, saved, sent and approved; the list and a search; then four approvers at once. */
async function officeWork(location: DatabaseLocation, url: string): Promise<EngineFigures> {
  const backend: Backend = await openBackend(location, { logInternal: (method, error) => console.error(method, error) });
  const { ok } = await staffOffice(backend);
  const samples: Record<string, number[]> = Object.fromEntries(operations.map((name) => [name, []]));
  const time = async <T>(name: (typeof operations)[number], action: () => Promise<T>): Promise<T> => {
    let result: T | undefined;
    samples[name]?.push(await timed(async () => (result = await action())));
    return result as T;
  };
  for (let i = 0; i < 200; i += 1) {
    const created = await time('create', () =>
      ok('ana', 'createCommunique', { content: readyContent(`Comunicado ${i} del Instituto`, { date: '2026-11-21' }) }),
    );
    const saved = await time('save', () => ok('ana', 'saveCommunique', { id: created.id, revision: created.revision, content: created.content }));
    const sealed = (await time('submit', () => ok('ana', 'submitForReview', { id: created.id, revision: saved.revision }))).latestVersion;
    if (!sealed) throw new Error('no version');
    await time('approve', () => ok('eva', 'approveVersion', { id: created.id, versionId: sealed.id, sha256: sealed.sha256 }));
  }
  const pending: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const created = await ok('ana', 'createCommunique', { content: readyContent(`Por aprobar ${i}`, { date: '2026-11-21' }) });
    await ok('ana', 'submitForReview', { id: created.id, revision: created.revision });
    pending.push(created.id);
  }
  for (let i = 0; i < 50; i += 1) {
    await time('list 400', () => ok('eva', 'listCommuniques', {}));
    await time('search', () => ok('eva', 'findCommuniques', { text: 'instituto' }));
  }
  await backend.close();
  // Four editors' processes approving fifty each at once, as four desks of an office would: started, signed in, then let go together.
  const outputs = await raceWorkers(
    'raceWorker.ts',
    ['eva', 'luis', 'eva', 'luis'].map((who, process) => [
      'decider',
      url,
      JSON.stringify({ ids: pending.slice(process * 50, process * 50 + 50), author: { name: who, passphrase: passphraseOf(who) }, cap: 0 }),
    ]),
  );
  const tallies = outputs.map((output) => JSON.parse(output) as { approved?: number; ms: number });
  if (tallies.some((tally) => tally.approved !== 50)) throw new Error(`approve: ${outputs.join(' ')}`);
  // From the starting line to the last process done (start-up and signing in are not counted).
  const fourApprovers = Math.max(...tallies.map((tally) => tally.ms));
  // The claim the row makes, checked: the 400 approvals hold numbers 1 to 400, each once.
  const numbers = (await queryDatabase(url, 'SELECT number FROM number_log ORDER BY number')).map((row) => Number(row.number));
  if (numbers.length !== 400 || numbers.some((number, i) => number !== i + 1)) throw new Error(`numbers not gapless: ${numbers.length}`);
  return { samples, fourApprovers };
}

/**
 * The same office work on both engines, side by side in one run: SQLite on a file of this computer, PostgreSQL on a
 * throwaway cluster of this computer (loopback; an office's server adds its network's round trips).
 */
export async function enginesBench(dir: string): Promise<BenchRow[]> {
  const file = join(dir, 'engines.sqlite3');
  const sqlite = await officeWork({ engine: 'sqlite', path: file }, file);
  // Durable, as the SQLite file is (synchronous=FULL): every commit reaches the disk on both.
  const cluster = await startPostgresCluster({ durable: true });
  let postgres: EngineFigures;
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE redacta_bench');
    await admin.end();
    const url = new URL(cluster.url);
    url.pathname = '/redacta_bench';
    postgres = await officeWork({ engine: 'postgres', url: url.toString() }, url.toString());
  } finally {
    cluster.stop();
  }
  const rows: BenchRow[] = operations.map((name) => {
    const [a, b] = [summarize(sqlite.samples[name] ?? []), summarize(postgres.samples[name] ?? [])];
    return {
      what: `${name} (back end): SQLite · PostgreSQL`,
      figure: `${ms(a.median)} · ${ms(b.median)}`,
      note: `medians; p95 ${ms(a.p95)} · ${ms(b.p95)}; PostgreSQL ${(b.median / a.median).toFixed(1)}× SQLite`,
    };
  });
  rows.push({
    what: '4 approver processes × 50 at once: SQLite · PostgreSQL',
    figure: `${ms(sqlite.fourApprovers)} · ${ms(postgres.fourApprovers)}`,
    note: `wall time from the starting line; ${(200 / (sqlite.fourApprovers / 1000)).toFixed(0)} · ${(200 / (postgres.fourApprovers / 1000)).toFixed(0)} approvals/s; gapless on both`,
  });
  return rows;
}
