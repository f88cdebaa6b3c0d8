import type { Role } from '../domain/role';
import { mayCall } from './mayCall';

/**
 * Whether someone may add a profile: anyone on a workstation without profiles (that first profile becomes its
 * administrator), afterwards only those who manage profiles (the contract's roles for `updateUser`).
 */
export function mayAddProfile(roles: readonly Role[], profilesExist: boolean): boolean {
  return !profilesExist || mayCall(roles, 'updateUser');
}
