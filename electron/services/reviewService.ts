import type { Database } from 'better-sqlite3';
import type { Communique } from '../../shared/domain/communique';
import { AppError } from '../api/AppError';
import type { Actor } from '../api/Actor';
import type { Handlers } from '../api/Handlers';
import { auditRepository } from '../repositories/auditRepository';
import { commentRepository } from '../repositories/commentRepository';
import { communiqueRepository } from '../repositories/communiqueRepository';
import { decisionRepository } from '../repositories/decisionRepository';
import { numberLogRepository } from '../repositories/numberLogRepository';
import { seriesRepository } from '../repositories/seriesRepository';
import { versionRepository } from '../repositories/versionRepository';
import { canonicalContent, sha256Of, versionDocument } from '../review/versionDocument';
import { requireCommunique } from './requireCommunique';
import { assertTransition } from './transitions';

/** Review: submitting versions, and deciding on them bound to their hash; approval assigns the number. */
export const reviewService: Pick<Handlers, 'listVersions' | 'getVersion' | 'submitForReview' | 'withdrawSubmission' | 'approveVersion' | 'requestChanges'> = {
  listVersions: ({ id }, { db }) => {
    requireCommunique(db, id);
    return versionRepository(db).list(id);
  },

  getVersion: ({ versionId }, { db }) => {
    const version = versionRepository(db).get(versionId);
    if (!version) throw new AppError('VERSION_NOT_FOUND', { versionId });
    return version;
  },

  submitForReview: ({ id, revision }, { db, actor, now }) =>
    inTransaction(db, () => {
      const communique = requireCommunique(db, id);
      assertTransition(communique, 'submit');
      // What is frozen is exactly what the officer saw: the working copy at the revision they name.
      if (communique.revision !== revision) throw new AppError('REVISION_CONFLICT', { id, expected: revision, current: communique.revision });
      const at = now().toISOString();
      const document = versionDocument(communique.content, communique.letterheadId);
      const sha256 = sha256Of(document);
      const version = versionRepository(db).insert({
        communiqueId: id,
        canonicalContent: canonicalContent(communique.content),
        schemaVersion: document.schemaVersion,
        sha256,
        reason: 'submit',
        author: actor.name,
        at,
        letterheadId: communique.letterheadId,
      });
      communiqueRepository(db).setStatus(id, 'in_review', actor.name, at);
      auditRepository(db).append({ at, actor: actor.name, action: 'submit', communiqueId: id, details: { version: version.seq, sha256 } });
      return requireCommunique(db, id);
    }),

  withdrawSubmission: ({ id }, { db, actor, now }) =>
    inTransaction(db, () => {
      const communique = requireCommunique(db, id);
      assertTransition(communique, 'withdrawSubmission');
      const at = now().toISOString();
      communiqueRepository(db).setStatus(id, 'draft', actor.name, at);
      auditRepository(db).append({
        at,
        actor: actor.name,
        action: 'withdraw-submission',
        communiqueId: id,
        details: { version: communique.latestVersion?.seq },
      });
      return requireCommunique(db, id);
    }),

  approveVersion: ({ id, versionId, sha256 }, { db, actor, now }) =>
    inTransaction(db, () => {
      const communique = requireCommunique(db, id);
      assertTransition(communique, 'approve');
      const version = underReview(communique, versionId, sha256, actor);
      const at = now().toISOString();
      const frozen = versionRepository(db).get(version.id);
      if (!frozen) throw new AppError('VERSION_NOT_FOUND', { versionId });
      const { number, year } = numberFor(db, communique, frozen.content.series, Number(frozen.content.date.slice(0, 4)), version.id, actor, at);
      decisionRepository(db).record({ versionId: version.id, decision: 'approve', sha256, by: actor.name, at });
      communiqueRepository(db).setApproval(id, { versionId: version.id, number, year }, actor.name, at);
      auditRepository(db).append({ at, actor: actor.name, action: 'approve', communiqueId: id, details: { version: version.seq, sha256, number, year } });
      return requireCommunique(db, id);
    }),

  requestChanges: ({ id, versionId, sha256, comment }, { db, actor, now }) =>
    inTransaction(db, () => {
      const communique = requireCommunique(db, id);
      assertTransition(communique, 'requestChanges');
      const version = underReview(communique, versionId, sha256, actor, { allowOwn: true });
      const at = now().toISOString();
      const commentId = commentRepository(db).insert({
        communiqueId: id,
        versionId: version.id,
        parentId: null,
        anchor: { field: 'general', index: null },
        body: comment,
        author: actor.name,
        at,
      });
      decisionRepository(db).record({ versionId: version.id, decision: 'request_changes', sha256, by: actor.name, at, commentId });
      communiqueRepository(db).setStatus(id, 'changes_requested', actor.name, at);
      auditRepository(db).append({ at, actor: actor.name, action: 'request-changes', communiqueId: id, details: { version: version.seq, sha256 } });
      return requireCommunique(db, id);
    }),
};

/**
 * The version a decision names must be the one in review, with the hash the editor saw; an approval must come from
 * someone other than who submitted it (except on a single-person workstation).
 */
function underReview(communique: Communique, versionId: number, sha256: string, actor: Actor, options: { allowOwn?: boolean } = {}) {
  const latest = communique.latestVersion;
  if (!latest) throw new AppError('VERSION_NOT_FOUND', { versionId });
  if (latest.id !== versionId || latest.sha256 !== sha256) {
    throw new AppError('VERSION_MISMATCH', { seq: versionId === latest.id ? latest.seq : '?', current: latest.seq, versionId });
  }
  if (!options.allowOwn && actor.kind === 'user' && latest.author === actor.name) throw new AppError('SELF_APPROVAL', { seq: latest.seq });
  return latest;
}

/**
 * The communiqué's number for this approval: the one it already has if the series and year are the same; otherwise
 * the series' next one for the year (the old one, if any, voided). Unnumbered series get none.
 */
function numberFor(
  db: Database,
  communique: Communique,
  series: string,
  year: number,
  versionId: number,
  actor: Actor,
  at: string,
): { number: number | null; year: number | null } {
  const numbered = seriesRepository(db).get(series)?.numbered ?? false;
  const log = numberLogRepository(db);
  const held = log.assignedTo(communique.id);
  if (numbered && held && held.series === series && held.year === year) return { number: held.number, year: held.year };
  if (held) log.void(held.series, held.year, held.number, actor.name, at, 'Cambio de serie o de año al aprobar de nuevo');
  if (!numbered) return { number: null, year: null };
  return { number: log.assignNext(series, year, communique.id, versionId, actor.name, at), year };
}

/** Runs `work` in one IMMEDIATE transaction: the checks and the writes see the same, locked, database. */
function inTransaction<T>(db: Database, work: () => T): T {
  return db.transaction(work).immediate();
}
