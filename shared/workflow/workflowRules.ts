import type { MethodName } from '../contract/methodNames';
import { type CommuniqueStatus, communiqueStatuses } from '../domain/status';

/** One thing a person can do to a communiqué: the contract method that does it and the statuses it may start from. */
export interface WorkflowRule {
  method: MethodName;
  from: readonly CommuniqueStatus[];
}

const beforePublication = ['draft', 'in_review', 'changes_requested', 'approved'] as const;
const live = communiqueStatuses.filter((status) => status !== 'withdrawn');

/**
 * The status flow (docs/ARCHITECTURE.md, "The document and the workflow"): draft → in_review → approved → published,
 * in_review → changes_requested → in_review, approved → draft on any edit (the approved version stays), withdrawn from
 * any state before publication. While in review the working copy is locked, so what the editor decides on is what the
 * officer sent. The back end asserts this table inside each write's transaction; the screens offer only what it allows.
 */
export const workflowRules = {
  edit: { method: 'saveCommunique', from: ['draft', 'changes_requested', 'approved'] },
  submit: { method: 'submitForReview', from: ['draft', 'changes_requested'] },
  withdrawSubmission: { method: 'withdrawSubmission', from: ['in_review'] },
  approve: { method: 'approveVersion', from: ['in_review'] },
  requestChanges: { method: 'requestChanges', from: ['in_review'] },
  publish: { method: 'publishCommunique', from: ['approved'] },
  withdraw: { method: 'withdrawCommunique', from: beforePublication },
  correct: { method: 'createCorrection', from: ['published'] },
  translate: { method: 'createTranslation', from: live },
  syncTranslation: { method: 'markTranslationSynced', from: communiqueStatuses },
  comment: { method: 'addComment', from: communiqueStatuses },
  voidNumber: { method: 'voidNumber', from: [...beforePublication, 'withdrawn'] },
} as const satisfies Record<string, WorkflowRule>;

/** Something a person can do to a communiqué. */
export type WorkflowAction = keyof typeof workflowRules;

/** Every workflow action, in the table's order. */
export const workflowActions = Object.keys(workflowRules) as WorkflowAction[];

/** Whether `action` may start from `status` (the table alone; `whyNot` adds roles and each action's own rule). */
export function startsFrom(action: WorkflowAction, status: CommuniqueStatus): boolean {
  return (workflowRules[action].from as readonly CommuniqueStatus[]).includes(status);
}

/** The status a communiqué takes when its working copy is saved: an approved one becomes a draft again (its approved version stays). */
export function statusAfterEdit(status: CommuniqueStatus): CommuniqueStatus {
  return status === 'approved' ? 'draft' : status;
}
