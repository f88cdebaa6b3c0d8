import { z } from 'zod';
import { contentSchema } from './content';

/** A frozen version as listed: which, by whom, when, its hash, and the decision taken on it if any. */
export const versionSummarySchema = z.object({
  id: z.number().int().positive(),
  communiqueId: z.number().int().positive(),
  seq: z.number().int().positive(),
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
  schemaVersion: z.number().int().positive(),
  letterheadId: z.number().int().positive(),
  content: contentSchema,
});

/** A frozen version with its whole content. */
export type Version = z.infer<typeof versionSchema>;

/** The version of the content schema that versions record; bumped when the content shape changes. */
export const contentSchemaVersion = 1;
