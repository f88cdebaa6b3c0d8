import { z } from 'zod';
import { storedIntegerSchema } from './storedInteger';

/** One state change: who, when, what, on which communiqué. */
export const auditEntrySchema = z.object({
  id: storedIntegerSchema,
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  communiqueId: storedIntegerSchema.nullable(),
  details: z.record(z.string(), z.unknown()),
});

/** One state change. */
export type AuditEntry = z.infer<typeof auditEntrySchema>;
