import { z } from 'zod';

/** One state change: who, when, what, on which communiqué. */
export const auditEntrySchema = z.object({
  id: z.number().int().positive(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  communiqueId: z.number().int().positive().nullable(),
  details: z.record(z.string(), z.unknown()),
});

/** One state change. */
export type AuditEntry = z.infer<typeof auditEntrySchema>;
