import type { Role } from '../../shared/domain/role';
import type { WorkflowActor } from '../../shared/workflow/WorkflowActor';

/**
 * Who is making a call, as the back end established it (never as the caller claims): the single person of a
 * workstation without profiles, a signed-in profile, or nobody yet (only public calls).
 */
export interface Actor {
  kind: 'workstation' | 'user' | 'anonymous';
  userId: number | null;
  name: string;
  displayName: string;
  roles: readonly Role[];
}

/** The caller as the shared workflow rules see them. */
export function workflowActorOf(actor: Actor): WorkflowActor {
  return { name: actor.name, roles: actor.roles, workstation: actor.kind === 'workstation' };
}
