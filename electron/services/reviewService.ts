import type { Communique } from '../../shared/domain/communique';
import type { Actor } from '../api/Actor';
import { missingParts } from '../../shared/workflow/missingParts';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import { translate } from '../i18n/translate';
import type { Repositories } from '../repositories/createRepositories';
import { canonicalContent, sha256Of, versionDocument } from '../review/versionDocument';
import { assertAllowed } from './assertAllowed';
import { requireCommunique } from './requireCommunique';
import { savedMeanwhile } from './savedMeanwhile';

/** Review: submitting versions, and deciding on them bound to their hash; approval assigns the number. */
export const reviewService: Pick<
  Handlers,
  'listVersions' | 'getVersion' | 'submitForReview' | 'withdrawSubmission' | 'getApprovalNumber' | 'approveVersion' | 'requestChanges'
> = {
  listVersions: async ({ id }, { repos }) => {
    await requireCommunique(repos, id);
    return await repos.versions.list(id);
  },

  getVersion: async ({ versionId }, { repos }) => {
    const version = await repos.versions.get(versionId);
    if (!version) throw new AppError('VERSION_NOT_FOUND', { versionId });
    return version;
  },

  submitForReview: async ({ id, revision }, { repos, actor, now }) => {
    const communique = await requireCommunique(repos, id);
    assertAllowed(actor, 'submit', communique);
    // What is frozen is exactly what the officer saw: the working copy at the revision they name.
    if (communique.revision !== revision) throw await savedMeanwhile(repos, { id, expected: revision, current: communique.revision, by: communique.updatedBy });
    // Only a whole communiqué goes to review: the shared rule the composer shows before the button is pressed.
    const missing = missingParts(communique.content, await repos.series.get(communique.content.series));
    if (missing.length > 0) throw new AppError('INCOMPLETE', { id, missing });
    const at = now().toISOString();
    const document = versionDocument(communique.content, communique.letterheadId);
    const sha256 = sha256Of(document);
    const version = await repos.versions.insert({
      communiqueId: id,
      canonicalContent: canonicalContent(communique.content),
      schemaVersion: document.schemaVersion,
      sha256,
      reason: 'submit',
      author: actor.name,
      at,
      letterheadId: communique.letterheadId,
    });
    await repos.communiques.setStatus(id, 'in_review', actor.name, at);
    await repos.audit.append({ at, actor: actor.name, action: 'submit', communiqueId: id, details: { version: version.seq, sha256 } });
    return await requireCommunique(repos, id);
  },

  withdrawSubmission: async ({ id }, { repos, actor, now }) => {
    const communique = await requireCommunique(repos, id);
    assertAllowed(actor, 'withdrawSubmission', communique);
    const at = now().toISOString();
    await repos.communiques.setStatus(id, 'draft', actor.name, at);
    await repos.audit.append({ at, actor: actor.name, action: 'withdraw-submission', communiqueId: id, details: { version: communique.latestVersion?.seq } });
    return await requireCommunique(repos, id);
  },

  getApprovalNumber: async ({ id }, { repos }) => {
    const communique = await requireCommunique(repos, id);
    const latest = communique.latestVersion;
    const frozen = latest && (await repos.versions.get(latest.id));
    if (!frozen || communique.status !== 'in_review') throw new AppError('INVALID_TRANSITION', { id, status: communique.status, action: 'approve' });
    return plannedNumber(repos, communique, frozen.content.series, yearOf(frozen.content.date));
  },

  approveVersion: async ({ id, versionId, sha256 }, { repos, actor, now }) => {
    const communique = await requireCommunique(repos, id);
    assertAllowed(actor, 'approve', communique);
    const version = underReview(communique, versionId, sha256);
    const at = now().toISOString();
    const frozen = await repos.versions.get(version.id);
    if (!frozen) throw new AppError('VERSION_NOT_FOUND', { versionId });
    const { number, year } = await numberFor(repos, communique, frozen.content.series, yearOf(frozen.content.date), version.id, actor, at);
    await repos.decisions.record({ versionId: version.id, decision: 'approve', sha256, by: actor.name, at });
    await repos.communiques.setApproval(id, { versionId: version.id, number, year }, actor.name, at);
    await repos.audit.append({ at, actor: actor.name, action: 'approve', communiqueId: id, details: { version: version.seq, sha256, number, year } });
    return await requireCommunique(repos, id);
  },

  requestChanges: async ({ id, versionId, sha256, comment }, { repos, actor, now }) => {
    const communique = await requireCommunique(repos, id);
    assertAllowed(actor, 'requestChanges', communique);
    const version = underReview(communique, versionId, sha256);
    const at = now().toISOString();
    const commentId = await repos.comments.insert({
      communiqueId: id,
      versionId: version.id,
      parentId: null,
      anchor: { field: 'general', index: null },
      body: comment,
      author: actor.name,
      at,
    });
    await repos.decisions.record({ versionId: version.id, decision: 'request_changes', sha256, by: actor.name, at, commentId });
    await repos.communiques.setStatus(id, 'changes_requested', actor.name, at);
    await repos.audit.append({ at, actor: actor.name, action: 'request-changes', communiqueId: id, details: { version: version.seq, sha256 } });
    return await requireCommunique(repos, id);
  },
};

/** The version a decision names must be the one last sent to review, with the hash the editor saw. */
function underReview(communique: Communique, versionId: number, sha256: string) {
  const latest = communique.latestVersion;
  if (!latest) throw new AppError('VERSION_NOT_FOUND', { versionId });
  if (latest.id !== versionId || latest.sha256 !== sha256) {
    throw new AppError('VERSION_MISMATCH', { seq: versionId === latest.id ? latest.seq : '?', current: latest.seq, versionId });
  }
  return latest;
}

/**
 * The communiqué's number for this approval: the one it already has if the series and year are the same; otherwise
 * the series' next one for the year (the old one, if any, voided). Unnumbered series get none.
 */
async function numberFor(
  repos: Repositories,
  communique: Communique,
  series: string,
  year: number,
  versionId: number,
  actor: Actor,
  at: string,
): Promise<{ number: number | null; year: number | null }> {
  const planned = await plannedNumber(repos, communique, series, year);
  // A translation is approved on its own but never takes a number: it carries its original's.
  if (planned.source === 'original') return { number: null, year: null };
  const held = await repos.numbers.assignedTo(communique.id);
  if (planned.source === 'kept') return { number: planned.number, year: planned.year };
  if (held) await repos.numbers.void(held.series, held.year, held.number, actor.name, at, translate(communique.content.language, 'numbers.renumberedReason'));
  if (planned.source === 'none') return { number: null, year: null };
  return { number: await repos.numbers.assignNext(series, year, communique.id, versionId, actor.name, at), year };
}

/** Which number an approval of this text would give, without taking it: what the editor is asked to confirm. */
async function plannedNumber(
  repos: Repositories,
  communique: Communique,
  series: string,
  year: number,
): Promise<{ source: 'next' | 'kept' | 'original' | 'none'; number: number | null; year: number | null }> {
  if (communique.translationOf !== null) return { source: 'original', number: communique.number, year: communique.year };
  if (!((await repos.series.get(series))?.numbered ?? false)) return { source: 'none', number: null, year: null };
  const held = await repos.numbers.assignedTo(communique.id);
  if (held && held.series === series && held.year === year) return { source: 'kept', number: held.number, year: held.year };
  return { source: 'next', number: await repos.numbers.next(series, year), year };
}

/** The year of an ISO date (numbers restart each year). */
function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
