import type { z } from 'zod';
import type { Role } from '../domain/role';

/** Whether a method only reads the store, or writes it (then it runs in one immediate transaction opened by the dispatcher). */
export type MethodAccess = 'read' | 'write';

/** One contract method: its input and output schemas, the roles allowed to call it, and whether it writes. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, A extends MethodAccess = MethodAccess> {
  input: I;
  output: O;
  /** Roles allowed to call; `everyone` for anyone signed in; `public` for calls made before signing in. */
  roles: readonly Role[] | 'everyone' | 'public';
  /** `write`: the dispatcher runs the call in one BEGIN IMMEDIATE transaction, with its checks; `read`: in one snapshot. */
  access: A;
  /** One line on what the method does. */
  summary: string;
}

/** Declares a contract method, keeping its schemas' exact types and whether it writes. */
export function defineMethod<I extends z.ZodType, O extends z.ZodType, A extends MethodAccess>(spec: MethodSpec<I, O, A>): MethodSpec<I, O, A> {
  return spec;
}
