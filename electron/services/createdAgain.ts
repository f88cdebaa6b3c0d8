import type { Communique } from '../../shared/domain/communique';
import type { Content } from '../../shared/domain/content';
import { statusAfterEdit } from '../../shared/workflow/workflowRules';
import type { Actor } from '../api/Actor';
import { AppError } from '../api/AppError';
import type { Repositories } from '../repositories/createRepositories';
import type { DraftKey } from '../repositories/draftKeyRepository';
import { assertAllowed } from './assertAllowed';
import { requireCommunique } from './requireCommunique';
import { savedMeanwhile } from './savedMeanwhile';

interface CreatedAgain {
  actor: Actor;
  now(): Date;
  /** The text the repeated create carries: newer than, or the same as, what the first one stored. */
  content: Content;
  draftKey: string;
  earlier: DraftKey;
}

/**
 * A create repeated with a draft key already used: its answer was lost on the way back, so the desk still holds the text
 * as a new draft. Its text is saved over the draft the first create made if nobody saved that draft since, through the
 * same revision check as any save (REVISION_CONFLICT otherwise, naming the draft: the desk opens the conflict panel).
 */
export async function createdAgain(repos: Repositories, { actor, now, content, draftKey, earlier }: CreatedAgain): Promise<Communique> {
  const current = await requireCommunique(repos, earlier.communiqueId);
  assertAllowed(actor, 'edit', current);
  const outcome = await repos.communiques.save({
    id: current.id,
    expectedRevision: earlier.revision,
    content,
    actor: actor.name,
    at: now().toISOString(),
    status: statusAfterEdit(current.status),
  });
  if (outcome.kind === 'conflict')
    throw await savedMeanwhile(repos, { id: current.id, expected: earlier.revision, current: outcome.currentRevision, by: outcome.savedBy });
  if (outcome.kind === 'missing') throw new AppError('NOT_FOUND', { id: current.id });
  await repos.draftKeys.setRevision(actor.name, draftKey, outcome.revision);
  return await requireCommunique(repos, current.id);
}
