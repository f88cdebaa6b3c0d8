import type { Role } from '../domain/role';

/** Whether this change to a profile would leave the office without an active administrator (refused: LAST_ADMIN). */
export function removesLastAdmin(
  target: { roles: readonly Role[]; active: boolean },
  change: { roles?: readonly Role[] | undefined; active?: boolean | undefined },
  activeAdmins: number,
): boolean {
  const losesAdmin =
    target.roles.includes('admin') && target.active && ((change.roles !== undefined && !change.roles.includes('admin')) || change.active === false);
  return losesAdmin && activeAdmins <= 1;
}
