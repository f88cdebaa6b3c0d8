import type { CommuniqueSummary } from '../domain/communique';
import type { Role } from '../domain/role';
import { mayCall } from './mayCall';

/** The inbox's three lists. */
export interface Inbox {
  toReview: readonly CommuniqueSummary[];
  changesRequested: readonly CommuniqueSummary[];
  approvedUnpublished: readonly CommuniqueSummary[];
}

/**
 * How many inbox items wait for someone holding `roles`: versions to review for those who decide, drafts sent back
 * for those who submit, approved texts for those who publish.
 */
export function waitingFor(roles: readonly Role[], inbox: Inbox): number {
  return (
    (mayCall(roles, 'approveVersion') ? inbox.toReview.length : 0) +
    (mayCall(roles, 'submitForReview') ? inbox.changesRequested.length : 0) +
    (mayCall(roles, 'publishCommunique') ? inbox.approvedUnpublished.length : 0)
  );
}

/** Whether someone holding `roles` starts the day in the inbox: those who review. */
export function startsInInbox(roles: readonly Role[]): boolean {
  return mayCall(roles, 'approveVersion');
}
