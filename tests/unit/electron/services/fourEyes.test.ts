import { describe, expect, it } from 'vitest';
import { testBackend } from '../../../helpers/backend';
import type { Person } from '../../../helpers/office';
import { officesClosedAfterAll } from '../../../helpers/office';
import { readyContent } from '../../../helpers/readyContent';

// Four eyes by authorship: nobody approves a version whose text they wrote or changed since the last approval.
const office = officesClosedAfterAll();

/** Sends communiqué `id`'s working copy to review as `who`; returns the version sent. */
async function send(ok: Awaited<ReturnType<typeof office>>['ok'], who: Person, id: number) {
  const current = await ok(who, 'getCommunique', { id });
  const sent = await ok(who, 'submitForReview', { id, revision: current.revision });
  return sent.latestVersion as { id: number; sha256: string; seq: number };
}

describe('four eyes by who wrote the text', () => {
  it('refuses the editor who wrote the draft another person submitted, and lets a third decide', async () => {
    const { ok, call } = await office();
    const created = await ok('mixta', 'createCommunique', { content: readyContent('Escrito por Mixta') });
    const version = await send(ok, 'ana', created.id);
    const input = { id: created.id, versionId: version.id, sha256: version.sha256 };
    expect(await call('mixta', 'approveVersion', input)).toMatchObject({
      ok: false,
      error: { code: 'OWN_TEXT_APPROVAL', message: 'Usted escribió o cambió el texto de la v1; la aprueba o la devuelve otra persona de edición.' },
    });
    // Nor does the inbox offer it to her; it still does to Eva.
    expect((await ok('mixta', 'getInbox', {})).toReview.map((row) => row.id)).not.toContain(created.id);
    expect((await ok('eva', 'getInbox', {})).toReview.map((row) => row.id)).toContain(created.id);
    expect(await ok('eva', 'approveVersion', input)).toMatchObject({ status: 'approved', approvedVersion: { id: version.id } });
  });

  it('refuses whoever changed the text after it came back, even if someone else wrote and sent it', async () => {
    const { ok, call } = await office();
    const created = await ok('ana', 'createCommunique', { content: readyContent('Escrito por Ana') });
    const v1 = await send(ok, 'ana', created.id);
    await ok('eva', 'requestChanges', { id: created.id, versionId: v1.id, sha256: v1.sha256, comment: 'Una cifra más' });
    const back = await ok('mixta', 'getCommunique', { id: created.id });
    await ok('mixta', 'saveCommunique', { id: created.id, revision: back.revision, content: { ...back.content, title: 'Con una cifra' } });
    const v2 = await send(ok, 'ana', created.id);
    expect(await call('mixta', 'approveVersion', { id: created.id, versionId: v2.id, sha256: v2.sha256 })).toMatchObject({
      ok: false,
      error: { code: 'OWN_TEXT_APPROVAL' },
    });
    expect(await ok('luis', 'approveVersion', { id: created.id, versionId: v2.id, sha256: v2.sha256 })).toMatchObject({ status: 'approved' });
  });

  it('counts only changes since the last approval', async () => {
    const { ok, call } = await office();
    const created = await ok('mixta', 'createCommunique', { content: readyContent('Primera') });
    const v1 = await send(ok, 'ana', created.id);
    await ok('eva', 'approveVersion', { id: created.id, versionId: v1.id, sha256: v1.sha256 });
    // Ana edits the approved text and sends it again: Mixta wrote the first text, not this change.
    const approved = await ok('ana', 'getCommunique', { id: created.id });
    await ok('ana', 'saveCommunique', { id: created.id, revision: approved.revision, content: { ...approved.content, title: 'Segunda' } });
    const v2 = await send(ok, 'ana', created.id);
    expect(await call('mixta', 'approveVersion', { id: created.id, versionId: v2.id, sha256: v2.sha256 })).toMatchObject({
      ok: true,
      value: { status: 'approved', approvedVersion: { seq: 2 } },
    });
    // After the second approval nobody has changed it; then Mixta does, and the next version is not hers to approve.
    const again = await ok('eva', 'getCommunique', { id: created.id });
    expect(again.editors).toEqual([]);
    await ok('mixta', 'saveCommunique', { id: created.id, revision: again.revision, content: { ...again.content, title: 'Tercera' } });
    const v3 = await send(ok, 'ana', created.id);
    expect((await ok('eva', 'getCommunique', { id: created.id })).editors).toEqual(['mixta']);
    expect(await call('mixta', 'approveVersion', { id: created.id, versionId: v3.id, sha256: v3.sha256 })).toMatchObject({
      ok: false,
      error: { code: 'OWN_TEXT_APPROVAL' },
    });
  });

  it('still refuses the person who sent the version, with the sender message', async () => {
    const { ok, call } = await office();
    const created = await ok('ana', 'createCommunique', { content: readyContent('Escrito por Ana') });
    const version = await send(ok, 'mixta', created.id);
    expect(await call('mixta', 'approveVersion', { id: created.id, versionId: version.id, sha256: version.sha256 })).toMatchObject({
      ok: false,
      error: { code: 'SELF_APPROVAL' },
    });
  });

  it('does not apply on a one-person workstation, which is everyone at once', async () => {
    const { ok, backend } = testBackend();
    const created = await ok('createCommunique', { content: readyContent('Estación') });
    const sent = await ok('submitForReview', { id: created.id, revision: created.revision });
    const version = sent.latestVersion as { id: number; sha256: string };
    expect(await ok('approveVersion', { id: created.id, versionId: version.id, sha256: version.sha256 })).toMatchObject({ status: 'approved' });
    await backend.close();
  });
});
