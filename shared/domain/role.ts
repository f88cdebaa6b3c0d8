import { z } from 'zod';

/** Office roles: press officer, editor, distribution staff, administrator. */
export const roles = ['redaccion', 'edicion', 'difusion', 'admin'] as const;

/** One office role. */
export const roleSchema = z.enum(roles);

/** One office role. */
export type Role = z.infer<typeof roleSchema>;
