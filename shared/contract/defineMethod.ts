import type { z } from 'zod';
import type { Role } from '../domain/role';

/** One contract method: its input and output schemas and the roles allowed to call it. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Roles allowed to call; `everyone` for anyone signed in; `public` for calls made before signing in. */
  roles: readonly Role[] | 'everyone' | 'public';
  /** One line on what the method does. */
  summary: string;
}

/** Declares a contract method, keeping its schemas' exact types. */
export function defineMethod<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}
