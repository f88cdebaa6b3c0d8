import type { Role } from '../../shared/domain/role';

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
