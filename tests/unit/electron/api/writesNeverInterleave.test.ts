import { describe, expect, it } from 'vitest';
import { passphraseOf, testOffice } from '../../../helpers/office';
import { queryDatabase } from '../../../helpers/queryDatabase';
import { testEngine } from '../../../helpers/testEngine';
import { raceWorkers } from '../../../helpers/runWorker';
import { readyContent } from '../../../helpers/readyContent';

/** What the file says of each communiqué at the end: status, working copy, and the text its last version froze. */
async function finalState(databasePath: string) {
  const frozenTitle = testEngine === 'sqlite' ? "json_extract(v.content, '$.title')" : "v.content::jsonb ->> 'title'";
  return (await queryDatabase(
    databasePath,
    `SELECT c.id, c.status, c.title, ${frozenTitle} AS frozen_title, CASE WHEN c.approved_version_id = v.id THEN 1 ELSE 0 END AS approved_is_latest, c.number
     FROM communiques c JOIN versions v ON v.id = (SELECT max(id) FROM versions WHERE communique_id = c.id) ORDER BY c.id`,
  )) as { id: number; status: string; title: string; frozen_title: string; approved_is_latest: number; number: number | null }[];
}

/**
 * Communiqués raced per test: on PostgreSQL a save takes a few round trips more, and the submitter loses more races (it
 * retries until it wins), so fewer keep the test within its time on a loaded machine; each is still a race. (25 took
 * 165 s alone on 2 cores, and over 240 s beside the rest of the suite.)
 */
const raced = testEngine === 'sqlite' ? 80 : 15;

describe('autosaves from one process and submits from another, on one database', () => {
  it('never interleave: each save is refused or lands before the version is sealed, never after it', { timeout: 240_000 }, async () => {
    const { ok, backend, databasePath } = await testOffice();
    const ids: number[] = [];
    for (let i = 0; i < raced; i += 1) ids.push((await ok('ana', 'createCommunique', { content: readyContent(`Borrador ${i}`, { date: '2026-11-21' }) })).id);
    await backend.close();

    const job = JSON.stringify({ ids, author: { name: 'ana', passphrase: passphraseOf('ana') }, cap: 1000 });
    // One process autosaves every draft as an open editor does, until refused; the other submits each, one after the other.
    // Both start from a common starting line, once their set-up is done.
    const [saver = '{}', submitter = '{}'] = await raceWorkers('raceWorker.ts', [
      ['saver', databasePath, job],
      ['submitter', databasePath, job],
    ]);
    const saves = JSON.parse(saver) as { saved?: number };
    const submits = JSON.parse(submitter) as { submitted?: number };
    // They really raced: saves went on while the submits happened, and every save was stored or refused for a reason.
    expect(saves.saved ?? 0, saver).toBeGreaterThan(ids.length);
    expect(submits.submitted, submitter).toBe(ids.length);
    expect(
      Object.keys(saves).every((outcome) => ['saved', 'INVALID_TRANSITION', 'REVISION_CONFLICT'].includes(outcome)),
      saver,
    ).toBe(true);

    // Each communiqué is in review on the text its version froze: no save landed after the freeze to undo the submit.
    const rows = await finalState(databasePath);
    expect(rows).toHaveLength(ids.length);
    const broken = rows.filter((row) => row.status !== 'in_review' || row.title !== row.frozen_title);
    expect(broken, JSON.stringify(broken.slice(0, 3))).toEqual([]);
  });

  it('an edit and an approval never interleave: a save either lands before the version is sealed or edits the approved text', {
    timeout: 240_000,
  }, async () => {
    // Each draft was sent back for changes: the officer is editing it again in one process while, in another, it is
    // resubmitted and approved at once.
    const { ok, backend, databasePath } = await testOffice();
    const ids: number[] = [];
    for (let i = 0; i < raced; i += 1) {
      const created = await ok('ana', 'createCommunique', { content: readyContent(`Borrador ${i}`, { date: '2026-11-21' }) });
      const sent = (await ok('ana', 'submitForReview', { id: created.id, revision: created.revision })).latestVersion;
      await ok('eva', 'requestChanges', { id: created.id, versionId: sent?.id ?? 0, sha256: sent?.sha256 ?? '', comment: 'Acorte el título' });
      ids.push(created.id);
    }
    await backend.close();

    const author = { name: 'ana', passphrase: passphraseOf('ana') };
    // Edits of an approved text are never refused: the saver stops after 300 saves of each, long after its approval.
    const job = JSON.stringify({ ids, author, editor: { name: 'eva', passphrase: passphraseOf('eva') }, cap: 300 });
    const [saver = '{}', approver = '{}'] = await raceWorkers('raceWorker.ts', [
      ['saver', databasePath, job],
      ['approver', databasePath, job],
    ]);
    const approvals = JSON.parse(approver) as { approved?: number };
    expect(approvals.approved, approver).toBe(ids.length);
    expect((JSON.parse(saver) as { saved?: number }).saved ?? 0, saver).toBeGreaterThan(ids.length);

    // Approved and numbered, on the text approved; or edited after the approval (a draft again, keeping its approved
    // version and its number). Never sent back to "changes requested" by a save that read the status before the approval.
    const rows = await finalState(databasePath);
    const broken = rows.filter(
      (row) =>
        row.approved_is_latest !== 1 || row.number === null || !(row.status === 'draft' || (row.status === 'approved' && row.title === row.frozen_title)),
    );
    expect(broken, JSON.stringify(broken.slice(0, 3))).toEqual([]);
  });
});
