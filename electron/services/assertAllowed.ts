import type { WorkflowAction } from '../../shared/workflow/workflowRules';
import type { WorkflowSubject } from '../../shared/workflow/whyNot';
import { whyNot } from '../../shared/workflow/whyNot';
import type { Actor } from '../api/Actor';
import { workflowActorOf } from '../api/Actor';
import { AppError } from '../api/AppError';

/** Asserts the shared rule book inside the command's transaction: refuses with the rule's own error. */
export function assertAllowed<A extends WorkflowAction>(actor: Actor, action: A, communique: WorkflowSubject<A>): void {
  const denial = whyNot(workflowActorOf(actor), action, communique);
  if (denial) throw new AppError(denial.code, denial.details);
}
