import type { Content } from '../../shared/domain/content';
import type { CommuniqueStatus } from '../../shared/domain/status';
import { statusAfterEdit } from '../../shared/workflow/workflowRules';
import type { Actor } from '../api/Actor';
import { AppError } from '../api/AppError';
import type { Repositories } from '../repositories/createRepositories';
import { assertAllowed } from './assertAllowed';
import { requireCommunique } from './requireCommunique';
import { savedMeanwhile } from './savedMeanwhile';

/**
 * Saves communiqué `id`'s working copy if nobody saved it since `revision` (REVISION_CONFLICT naming who did otherwise),
 * for someone the rule book lets edit it now. Read, decided and written in the caller's write transaction.
 */
export async function saveWorkingCopy(
  repos: Repositories,
  save: { id: number; revision: number; content: Content; actor: Actor; at: string },
): Promise<{ revision: number; updatedAt: string; status: CommuniqueStatus }> {
  const { id, revision, content, actor, at } = save;
  const current = await requireCommunique(repos, id);
  assertAllowed(actor, 'edit', current);
  const outcome = await repos.communiques.save({
    id,
    expectedRevision: revision,
    content,
    actor: actor.name,
    at,
    // An edit after approval is a new working copy that needs approval again; the approved version stays as it was.
    status: statusAfterEdit(current.status),
  });
  switch (outcome.kind) {
    case 'saved':
      return { revision: outcome.revision, updatedAt: outcome.updatedAt, status: outcome.status };
    case 'conflict':
      throw await savedMeanwhile(repos, { id, expected: revision, current: outcome.currentRevision, by: outcome.savedBy });
    case 'missing':
      throw new AppError('NOT_FOUND', { id });
  }
}
