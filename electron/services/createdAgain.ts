import type { Communique } from '../../shared/domain/communique';
import type { Content } from '../../shared/domain/content';
import type { Actor } from '../api/Actor';
import type { Repositories } from '../repositories/createRepositories';
import type { DraftKey } from '../repositories/draftKeyRepository';
import { requireCommunique } from './requireCommunique';
import { saveWorkingCopy } from './saveWorkingCopy';

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
  const id = earlier.communiqueId;
  const saved = await saveWorkingCopy(repos, { id, revision: earlier.revision, content, actor, at: now().toISOString() });
  await repos.draftKeys.setRevision(actor.name, draftKey, saved.revision);
  return await requireCommunique(repos, id);
}
