import { contract } from '../contract/contract';
import type { MethodName } from '../contract/methodNames';
import type { Role } from '../domain/role';

/** Whether someone holding `roles` may call `method` at all, as the contract's roles say (`public` and `everyone` allow anyone). */
export function mayCall(roles: readonly Role[], method: MethodName): boolean {
  const allowed = contract[method].roles;
  return allowed === 'public' || allowed === 'everyone' || allowed.some((role) => roles.includes(role));
}
