import { mayCall } from '../../shared/workflow/mayCall';
import { ownWork } from '../../shared/workflow/fourEyes';
import type { Handlers } from '../api/Handlers';
import { workflowActorOf } from '../api/Actor';
import { requireCommunique } from './requireCommunique';

/** What waits for whom, and what happened: the inbox and the audit log. */
export const inboxService: Pick<Handlers, 'getInbox' | 'listAudit'> = {
  getInbox: async (_input, { repos, actor }) => {
    const who = workflowActorOf(actor);
    return {
      // What this person may decide on (four eyes: neither sent nor written by them), if they decide at all.
      toReview: mayCall(actor.roles, 'approveVersion')
        ? (await repos.communiques.withStatus('in_review')).filter((row) => ownWork(who, row.submittedBy, row.editors) === null).map((row) => row.summary)
        : [],
      changesRequested: (await repos.communiques.withStatus('changes_requested')).map((row) => row.summary),
      approvedUnpublished: (await repos.communiques.withStatus('approved')).map((row) => row.summary),
    };
  },
  listAudit: async ({ id, limit }, { repos }) => {
    if (id !== undefined) await requireCommunique(repos, id);
    return await repos.audit.list(id, limit ?? 500);
  },
};
