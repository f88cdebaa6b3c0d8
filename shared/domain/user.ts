import { z } from 'zod';
import { roleSchema } from './role';
import { storedIntegerSchema } from './storedInteger';

/** A sign-in name: lowercase letters, digits, dots and hyphens, e.g. `marisol.perez`. */
export const userNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9.-]{1,39}$/, { message: 'lowercase letters, digits, dots or hyphens (2–40)' });

/** A passphrase: at least 10 characters (a phrase is easier to remember than a password and harder to guess). */
export const passphraseSchema = z.string().min(10).max(200);

/** A person of the office as the app shows them (never with their passphrase). */
export const userSchema = z.object({
  id: storedIntegerSchema,
  name: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  active: z.boolean(),
});

/** A person of the office. */
export type User = z.infer<typeof userSchema>;

/** Who is working, as the back end established it. */
export const actorSchema = z.object({ name: z.string(), displayName: z.string(), roles: z.array(roleSchema), workstation: z.boolean() });

/** What creating a profile takes. */
export const newUserSchema = z
  .object({
    name: userNameSchema,
    displayName: z.string().trim().min(1).max(80),
    roles: z.array(roleSchema).min(1).max(4),
    passphrase: passphraseSchema,
  })
  .strict();
