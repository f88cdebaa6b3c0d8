import { queryDatabase } from '../../../helpers/queryDatabase';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../shared/contract/result';
import { seedContent } from '../../../helpers/fixtures';
import { officesClosedAfterAll, passphraseOf } from '../../../helpers/office';
import { readyContent } from '../../../helpers/readyContent';

// Every rule a write depends on holds when two writes race: both are asked at once (Promise.all through the
// dispatcher, so a staged command prepares before the other commits), and the loser is refused by the rule.
const office = officesClosedAfterAll();
type Office = Awaited<ReturnType<typeof office>>;

/** What each call of a race came to: 'ok' or its error code, in the order asked. */
const outcomes = (results: readonly Result<unknown>[]) => results.map((result) => (result.ok ? 'ok' : result.error.code));

/** A communiqué Ana wrote and sent to review; returns its id and the version sent. */
async function inReview({ ok }: Office, title = 'En revisión') {
  const created = await ok('ana', 'createCommunique', { content: readyContent(title) });
  const sent = await ok('ana', 'submitForReview', { id: created.id, revision: created.revision });
  return { id: created.id, version: sent.latestVersion as { id: number; sha256: string } };
}

/** A second administrator, Rosa; returns her profile's id. */
async function secondAdmin({ call }: Office) {
  const created = await call('admin', 'createUser', { name: 'rosa', displayName: 'Rosa', roles: ['admin'], passphrase: passphraseOf('rosa') });
  if (!created.ok) throw new Error(created.error.message);
  return created.value.id;
}

/** How many active administrators the office's database holds now, read from the database itself. */
async function activeAdmins({ databasePath }: Office): Promise<number> {
  const [row] = await queryDatabase(
    databasePath,
    "SELECT count(*) AS n FROM users u JOIN user_roles r ON r.user_id = u.id WHERE u.active = 1 AND r.role = 'admin'",
  );
  return Number(row?.n ?? 0);
}

describe('rules hold when writes race', () => {
  it('the last administrator: demoting one and deactivating the other at once, exactly one succeeds', async () => {
    const current = await office();
    const rosa = await secondAdmin(current);
    const users = await current.ok('admin', 'listUsers', {});
    const admin = users.find((user) => user.name === 'admin')?.id ?? 0;
    // The deactivation also sets a passphrase, so it is still hashing when the demotion commits: it prepared with two
    // administrators and must count again under the lock.
    const results = await Promise.all([
      current.call('admin', 'updateUser', { id: rosa, roles: ['edicion'] }),
      current.call('admin', 'updateUser', { id: admin, active: false, passphrase: 'otra frase de acceso larga' }),
    ]);
    expect(outcomes(results)).toEqual(['ok', 'LAST_ADMIN']);
    expect(await activeAdmins(current)).toBe(1);
  });

  it('the last administrator: demoting both administrators from two windows at once leaves one', async () => {
    const current = await office();
    const rosa = await secondAdmin(current);
    const admin = (await current.ok('admin', 'listUsers', {})).find((user) => user.name === 'admin')?.id ?? 0;
    const results = await Promise.all([
      current.call('admin', 'updateUser', { id: rosa, roles: ['edicion'], passphrase: 'una frase nueva para rosa' }),
      current.call('admin', 'updateUser', { id: admin, roles: ['edicion'], passphrase: 'una frase nueva para admin' }),
    ]);
    expect(outcomes(results).filter((outcome) => outcome === 'ok')).toHaveLength(1);
    expect(await activeAdmins(current)).toBe(1);
  });

  it('two approvals of the same version: one approves and takes one number, the other is told it is already approved', async () => {
    const current = await office();
    const { id, version } = await inReview(current);
    const input = { id, versionId: version.id, sha256: version.sha256 };
    const results = await Promise.all([current.call('eva', 'approveVersion', input), current.call('luis', 'approveVersion', input)]);
    expect(outcomes(results)).toEqual(['ok', 'INVALID_TRANSITION']);
    const numbers = await current.ok('eva', 'listNumbers', { series: 'comunicado', year: new Date().getFullYear() });
    expect(numbers.map((entry) => [entry.number, entry.state, entry.communiqueId])).toEqual([[1, 'assigned', id]]);
  });

  // Which of the two takes the lock first is the engine's to decide (PostgreSQL may take them in either order): the rule is
  // that exactly one lands, the other is refused for what the first did, and what is stored is the winner's.
  const submitAndEdit = async (editFirst: boolean) => {
    const current = await office();
    const created = await current.ok('ana', 'createCommunique', { content: readyContent('Antes') });
    const submit = () => current.call('ana', 'submitForReview', { id: created.id, revision: created.revision });
    const edit = () =>
      current.call('mixta', 'saveCommunique', { id: created.id, revision: created.revision, content: { ...created.content, title: 'Después' } });
    const [submitted, edited] = editFirst ? (await Promise.all([edit(), submit()])).reverse() : await Promise.all([submit(), edit()]);
    const outcome = outcomes([submitted, edited] as Result<unknown>[]);
    const stored = await current.ok('eva', 'getCommunique', { id: created.id });
    if (outcome[0] === 'ok') {
      // The submit landed: the edit is refused (the text is in review), and what went to review is what is stored.
      expect(outcome).toEqual(['ok', 'INVALID_TRANSITION']);
      const sent = await current.ok('eva', 'getVersion', { versionId: stored.latestVersion?.id ?? 0 });
      expect([stored.status, stored.content.title, sent.content.title]).toEqual(['in_review', 'Antes', 'Antes']);
    } else {
      // The edit landed: the submit is told the text moved on, and nothing went to review.
      expect(outcome).toEqual(['REVISION_CONFLICT', 'ok']);
      expect(stored).toMatchObject({ status: 'draft', latestVersion: null, content: { title: 'Después' } });
    }
  };

  it('submit against an edit of the same revision: one lands, and what went to review is what is stored', async () => {
    await submitAndEdit(false);
  });

  it('an edit against a submit of the same revision: one lands, and nothing sent to review differs from what is stored', async () => {
    await submitAndEdit(true);
  });

  it('approve against request changes: one decision is recorded, and the status is that one', async () => {
    const current = await office();
    const { id, version } = await inReview(current);
    const input = { id, versionId: version.id, sha256: version.sha256 };
    const results = await Promise.all([
      current.call('luis', 'requestChanges', { ...input, comment: 'Falta la fecha del evento' }),
      current.call('eva', 'approveVersion', input),
    ]);
    expect(outcomes(results)).toEqual(['ok', 'INVALID_TRANSITION']);
    const versions = await current.ok('eva', 'listVersions', { id });
    expect(versions.map((entry) => entry.decision?.decision)).toEqual(['request_changes']);
    expect((await current.ok('eva', 'getCommunique', { id })).status).toBe('changes_requested');
  });

  it('an export made clean while the communiqué is withdrawn is refused, not handed over clean', async () => {
    const current = await office();
    const created = await current.ok('ana', 'createCommunique', { content: seedContent('seed-000-es') });
    const sent = await current.ok('ana', 'submitForReview', { id: created.id, revision: created.revision });
    const version = sent.latestVersion as { id: number; sha256: string };
    await current.ok('eva', 'approveVersion', { id: created.id, versionId: version.id, sha256: version.sha256 });
    // The file is read and made before the lock; the withdrawal (which voids the number) lands meanwhile.
    const [exported, withdrawn] = await Promise.all([
      current.call('dora', 'renderExport', { id: created.id, format: 'txt' }),
      current.call('eva', 'withdrawCommunique', { id: created.id, reason: 'Se canceló el evento' }),
    ]);
    expect(withdrawn.ok).toBe(true);
    expect(exported).toMatchObject({ ok: false, error: { code: 'EXPORT_OUTDATED' } });
    expect(await current.ok('dora', 'listExports', { id: created.id })).toEqual([]);
    // Asked again, it is what a withdrawn communiqué exports: a draft without number.
    expect(await current.ok('dora', 'renderExport', { id: created.id, format: 'txt' })).toMatchObject({ draft: true });
  });
});
