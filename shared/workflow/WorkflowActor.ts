import type { Role } from '../domain/role';

/** Who acts, as the workflow sees them: a name, roles, and whether this is a single-person workstation (no profiles). */
export interface WorkflowActor {
  name: string;
  roles: readonly Role[];
  workstation: boolean;
}
