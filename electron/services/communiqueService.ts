import { validateBody } from '../../shared/body/validateBody';
import { completeContent } from '../../shared/domain/completeContent';
import type { Content } from '../../shared/domain/content';
import { toIsoDate } from '../../shared/domain/toIsoDate';
import { statusAfterEdit } from '../../shared/workflow/workflowRules';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import type { Repositories } from '../repositories/createRepositories';
import { assertAllowed } from './assertAllowed';
import { requireCommunique } from './requireCommunique';

/** Drafting: create, read, list and autosave communiqués. */
export const communiqueService: Pick<Handlers, 'listCommuniques' | 'getCommunique' | 'createCommunique' | 'saveCommunique'> = {
  listCommuniques: ({ limit }, { repos }) => repos.communiques.list(limit ?? -1),

  getCommunique: ({ id }, { repos }) => requireCommunique(repos, id),

  createCommunique: ({ content: input }, { repos, actor, now }) => {
    const content = completeContent(input, now());
    assertStorable(content, repos);
    // The letterhead in force on the day the communiqué is started; it keeps that one for good.
    const letterheadId = repos.letterheads.idValidOn(toIsoDate(now()));
    if (letterheadId === undefined) throw new Error('no letterhead in the database');
    const at = now().toISOString();
    const id = repos.communiques.insert({ content, letterheadId, actor: actor.name, at });
    repos.audit.append({ at, actor: actor.name, action: 'create', communiqueId: id, details: { series: content.series } });
    return requireCommunique(repos, id);
  },

  saveCommunique: ({ id, revision, content }, { repos, actor, now }) => {
    assertStorable(content, repos);
    // Read, decided and written under one write lock: a submit from another process cannot land in between.
    const current = requireCommunique(repos, id);
    assertAllowed(actor, 'edit', current);
    const outcome = repos.communiques.save({
      id,
      expectedRevision: revision,
      content,
      actor: actor.name,
      at: now().toISOString(),
      // An edit after approval is a new working copy that needs approval again; the approved version stays as it was.
      status: statusAfterEdit(current.status),
    });
    switch (outcome.kind) {
      case 'saved':
        return { revision: outcome.revision, updatedAt: outcome.updatedAt, status: outcome.status };
      case 'conflict':
        throw new AppError('REVISION_CONFLICT', { id, expected: revision, current: outcome.currentRevision });
      case 'missing':
        throw new AppError('NOT_FOUND', { id });
    }
  },
};

/** Refuses content whose series does not exist or whose body does not fit the shared tiptap schema. */
function assertStorable(content: Content, repos: Repositories): void {
  if (!repos.series.get(content.series)) {
    throw new AppError('UNKNOWN_SERIES', {
      series: content.series,
      available: repos.series
        .list()
        .map((s) => s.id)
        .join(', '),
    });
  }
  const problem = validateBody(content.body);
  if (problem) throw new AppError('INVALID_BODY', { ...problem });
}
