import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { createBackend } from '../../electron/api/createBackend';
import { passphraseOf, staffOffice } from '../helpers/staffOffice';
import { runCliProcess } from '../helpers/runCliProcess';
import type { BenchRow } from './measure';
import { summarize, timed } from './measure';
import { readyContent } from '../helpers/readyContent';

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Review figures: submit and approve in the back end, and two CLI processes approving at once on one file. */
export async function reviewBench(dir: string): Promise<BenchRow[]> {
  const databasePath = join(dir, 'review.sqlite3');
  const backend = createBackend({ databasePath });
  const { ok } = await staffOffice(backend);
  const submits: number[] = [];
  const approvals: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const created = await ok('ana', 'createCommunique', { content: readyContent(`Comunicado ${i}`, { date: '2026-11-21' }) });
    const started = performance.now();
    const sealed = (await ok('ana', 'submitForReview', { id: created.id, revision: created.revision })).latestVersion;
    submits.push(performance.now() - started);
    if (!sealed) throw new Error('no version');
    approvals.push(await timed(() => ok('eva', 'approveVersion', { id: created.id, versionId: sealed.id, sha256: sealed.sha256 })));
  }
  const pending: number[] = [];
  for (let i = 0; i < 300; i += 1) {
    const created = await ok('ana', 'createCommunique', { content: readyContent(`Por aprobar ${i}`, { date: '2026-11-21' }) });
    await ok('ana', 'submitForReview', { id: created.id, revision: created.revision });
    pending.push(created.id);
  }
  await backend.close();
  const twoProcesses = await timed(() =>
    Promise.all([
      runCliProcess(['--db', databasePath, '--as', 'eva', 'approve', ...pending.filter((id) => id % 2 === 1).map(String)], {
        REDACTA_PASSPHRASE: passphraseOf('eva'),
      }),
      runCliProcess(['--db', databasePath, '--as', 'luis', 'approve', ...pending.filter((id) => id % 2 === 0).map(String)], {
        REDACTA_PASSPHRASE: passphraseOf('luis'),
      }),
    ]),
  );
  const submit = summarize(submits);
  const approve = summarize(approvals);
  return [
    { what: 'submit for review (seal version, SHA-256)', figure: ms(submit.median), note: `median of 200; p95 ${ms(submit.p95)}` },
    { what: 'approve (hash check, number, logs, one txn)', figure: ms(approve.median), note: `median of 200; p95 ${ms(approve.p95)}` },
    {
      what: '2 CLI processes approve 300 at once',
      figure: ms(twoProcesses),
      note: `${ms(twoProcesses / 300)} per approval, incl. 2 tsx start-ups and sign-ins`,
    },
  ];
}
