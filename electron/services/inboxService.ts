import type { Handlers } from '../api/Handlers';
import { auditRepository } from '../repositories/auditRepository';
import { communiqueRepository } from '../repositories/communiqueRepository';
import { requireCommunique } from './requireCommunique';

/** What waits for whom, and what happened: the inbox and the audit log. */
export const inboxService: Pick<Handlers, 'getInbox' | 'listAudit'> = {
  getInbox: (_input, { db, actor }) => {
    const repo = communiqueRepository(db);
    const reviews = actor.roles.includes('edicion') || actor.roles.includes('admin');
    return {
      // An editor reviews what others sent (on a workstation, one person does everything).
      toReview: reviews
        ? repo
            .withStatus('in_review')
            .filter((row) => actor.kind === 'workstation' || row.submittedBy !== actor.name)
            .map((row) => row.summary)
        : [],
      changesRequested: repo.withStatus('changes_requested').map((row) => row.summary),
      approvedUnpublished: repo.withStatus('approved').map((row) => row.summary),
    };
  },
  listAudit: ({ id, limit }, { db }) => {
    if (id !== undefined) requireCommunique(db, id);
    return auditRepository(db).list(id, limit ?? 500);
  },
};
