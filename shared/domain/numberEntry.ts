import { z } from 'zod';
import { communiqueStatusSchema } from './status';
import { storedIntegerSchema } from './storedInteger';

/** One line of the number log: a number assigned at an approval, or voided with a reason (never reused). */
export const numberEntrySchema = z.object({
  series: z.string(),
  year: z.number().int(),
  number: storedIntegerSchema,
  state: z.enum(['assigned', 'voided']),
  communiqueId: storedIntegerSchema,
  /** Where the communiqué holding the number stands now (a published one keeps its number for good). */
  communiqueStatus: communiqueStatusSchema,
  title: z.string(),
  assignedBy: z.string(),
  assignedAt: z.string(),
  voidedBy: z.string().nullable(),
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
});

/** One line of the number log. */
export type NumberEntry = z.infer<typeof numberEntrySchema>;
