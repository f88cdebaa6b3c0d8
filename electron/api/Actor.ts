import type { Role } from '../../shared/domain/role';

/** Who is making a call, as the back end established it (never as the caller claims). */
export interface Actor {
  name: string;
  roles: readonly Role[];
  /** True on a database with no users yet: one person holds every role. */
  workstation: boolean;
}
