import type { Communique } from '../../shared/domain/communique';
import type { CommuniqueStatus } from '../../shared/domain/status';
import { AppError } from '../api/AppError';

/** What can be done to a communiqué; `edit` is saving its working copy. */
export type WorkflowAction = 'edit' | 'submit' | 'withdrawSubmission' | 'approve' | 'requestChanges' | 'publish' | 'withdraw' | 'correct';

/**
 * The status flow (DESIGN.md §2): draft → in_review → approved → published, in_review → changes_requested → in_review,
 * approved → draft on any edit (the approved version stays), withdrawn from any state before publication. While in
 * review the working copy is locked, so what the editor decides on is what the officer sent.
 */
export const allowedFrom: Record<WorkflowAction, readonly CommuniqueStatus[]> = {
  edit: ['draft', 'changes_requested', 'approved'],
  submit: ['draft', 'changes_requested'],
  withdrawSubmission: ['in_review'],
  approve: ['in_review'],
  requestChanges: ['in_review'],
  publish: ['approved'],
  withdraw: ['draft', 'in_review', 'changes_requested', 'approved'],
  correct: ['published'],
};

/** Refuses an action the communiqué's status does not allow, naming both. */
export function assertTransition(communique: Pick<Communique, 'id' | 'status'>, action: WorkflowAction): void {
  if (!allowedFrom[action].includes(communique.status)) {
    throw new AppError('INVALID_TRANSITION', { id: communique.id, status: communique.status, action });
  }
}
