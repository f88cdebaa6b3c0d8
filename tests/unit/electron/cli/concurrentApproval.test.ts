import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { passphraseOf, testOffice } from '../../../helpers/office';
import { runCliProcess } from '../../../helpers/runCliProcess';
import { readyContent } from '../../../helpers/readyContent';

/** 300 communiqués in review, approved by two CLI processes at once (odd ids by Eva, even by Luis); what the log says. */
async function approveInTwoProcesses() {
  const { ok, backend, databasePath } = await testOffice();
  const ids: number[] = [];
  for (let i = 0; i < 300; i += 1) {
    const created = await ok('ana', 'createCommunique', { content: readyContent(`Comunicado ${i}`, { date: '2026-11-21' }) });
    await ok('ana', 'submitForReview', { id: created.id, revision: created.revision });
    ids.push(created.id);
  }
  await backend.close();

  const [odd, even] = await Promise.all([
    runCliProcess(['--db', databasePath, '--as', 'eva', 'approve', ...ids.filter((id) => id % 2 === 1).map(String)], {
      REDACTA_PASSPHRASE: passphraseOf('eva'),
    }),
    runCliProcess(['--db', databasePath, '--as', 'luis', 'approve', ...ids.filter((id) => id % 2 === 0).map(String)], {
      REDACTA_PASSPHRASE: passphraseOf('luis'),
    }),
  ]);
  const db = new BetterSqlite3(databasePath, { readonly: true });
  const log = db.prepare("SELECT number, communique_id, assigned_by FROM number_log WHERE series_id = 'comunicado' AND year = 2026 ORDER BY number").all() as {
    number: number;
    communique_id: number;
    assigned_by: string;
  }[];
  const numbered = db.prepare("SELECT id, number FROM communiques WHERE status = 'approved' ORDER BY number").all() as { id: number; number: number }[];
  db.close();
  return { odd, even, log, numbered };
}

describe('two processes approving at once on one database file', () => {
  it('hand out every number once, with no gaps', { timeout: 120_000 }, async () => {
    // A loaded machine may start one process long after the other: try again (up to three times) until they overlap.
    for (let attempt = 1; ; attempt += 1) {
      const { odd, even, log, numbered } = await approveInTwoProcesses();
      expect(odd.stderr).toBe('');
      expect(even.stderr).toBe('');
      expect([odd.code, even.code]).toEqual([0, 0]);
      expect(odd.stdout.trim().split('\n')).toHaveLength(150);
      expect(log.map((entry) => entry.number)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
      expect(new Set(log.map((entry) => entry.communique_id)).size).toBe(300);
      expect(numbered.map((row) => row.number)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
      const by = (name: string) => log.filter((entry) => entry.assigned_by === name).map((entry) => entry.number);
      const [eva, luis] = [by('eva'), by('luis')];
      expect(eva).toHaveLength(150);
      // Both processes really ran at the same time: their numbers interleave rather than one run following the other.
      const interleaved = Math.min(...luis) < Math.max(...eva) && Math.min(...eva) < Math.max(...luis);
      if (interleaved) return;
      expect(attempt, 'the two processes never ran at the same time').toBeLessThan(3);
    }
  });
});
