import { z } from 'zod';
import { contentSchema } from './content';
import { storedIntegerSchema } from './storedInteger';

/** A frozen version as listed: which, by whom, when, its hash, and the decision taken on it if any. */
export const versionSummarySchema = z.object({
  id: storedIntegerSchema,
  communiqueId: storedIntegerSchema,
  seq: storedIntegerSchema,
  sha256: z.string().length(64),
  reason: z.enum(['submit', 'approve', 'manual']),
  author: z.string(),
  createdAt: z.string(),
  decision: z.object({ decision: z.enum(['approve', 'request_changes']), by: z.string(), at: z.string() }).nullable(),
});

/** A frozen version as listed. */
export type VersionSummary = z.infer<typeof versionSummarySchema>;

/** A frozen version with its whole content: what was submitted, and what an approval is bound to. */
export const versionSchema = versionSummarySchema.extend({
  schemaVersion: storedIntegerSchema,
  letterheadId: storedIntegerSchema,
  content: contentSchema,
});

/** A frozen version with its whole content. */
export type Version = z.infer<typeof versionSchema>;

/** The version of the content schema that versions record; bumped when the content shape changes. */
export const contentSchemaVersion = 1;
