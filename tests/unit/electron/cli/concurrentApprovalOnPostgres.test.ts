import { describe, expect, it } from 'vitest';
import { openPostgresBackend } from '../../../../electron/api/openPostgresBackend';
import { postgresDatabaseAddress } from '../../../helpers/postgresDatabase';
import { queryDatabase } from '../../../helpers/queryDatabase';
import { readyContent } from '../../../helpers/readyContent';
import { runCliProcess } from '../../../helpers/runCliProcess';
import { passphraseOf, staffOffice } from '../../../helpers/staffOffice';

/** The four editors approving at once, each in a CLI process of their own. */
const approvers = ['eva', 'luis', 'eva', 'luis'] as const;

/** 400 communiqués in review on one office database, approved by four CLI processes at once (a hundred each). */
async function approveInFourProcesses() {
  const address = postgresDatabaseAddress();
  await address.create();
  const backend = await openPostgresBackend(address.url, { logInternal: () => undefined });
  const { ok } = await staffOffice(backend);
  const ids: number[] = [];
  for (let i = 0; i < 400; i += 1) {
    const created = await ok('ana', 'createCommunique', { content: readyContent(`Comunicado ${i}`, { date: '2026-11-21' }) });
    await ok('ana', 'submitForReview', { id: created.id, revision: created.revision });
    ids.push(created.id);
  }
  await backend.close();
  const runs = await Promise.all(
    approvers.map((who, process) =>
      runCliProcess(['--db', address.url, '--as', who, 'approve', ...ids.slice(process * 100, process * 100 + 100).map(String)], {
        REDACTA_PASSPHRASE: passphraseOf(who),
      }),
    ),
  );
  const log = await queryDatabase(
    address.url,
    "SELECT number, communique_id, assigned_at FROM number_log WHERE series_id = 'comunicado' AND year = 2026 ORDER BY number",
  );
  const numbered = await queryDatabase(address.url, "SELECT id, number FROM communiques WHERE status = 'approved' ORDER BY number");
  return { ids, runs, log, numbered };
}

describe('four processes approving at once on one PostgreSQL database', () => {
  it('hand out numbers 1 to 400, each once, and no approval fails for a person', { timeout: 240_000 }, async () => {
    // A loaded machine may start the processes one after another: try again (up to three times) until they overlap.
    for (let attempt = 1; ; attempt += 1) {
      const { ids, runs, log, numbered } = await approveInFourProcesses();
      for (const run of runs) {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout.trim().split('\n')).toHaveLength(100);
      }
      const oneTo400 = Array.from({ length: 400 }, (_, i) => i + 1);
      expect(log.map((entry) => entry.number)).toEqual(oneTo400);
      expect(new Set(log.map((entry) => entry.communique_id))).toEqual(new Set(ids));
      expect(numbered.map((row) => row.number)).toEqual(oneTo400);
      // The processes really ran together: the numbers each one's hundred got interleave with the others'.
      const processOf = (id: unknown) => Math.floor(ids.indexOf(Number(id)) / 100);
      const switches = log.filter((entry, i) => i > 0 && processOf(entry.communique_id) !== processOf(log[i - 1]?.communique_id)).length;
      if (switches >= 12) return;
      expect(attempt, `the four processes barely overlapped (${switches} switches)`).toBeLessThan(3);
    }
  });
});
