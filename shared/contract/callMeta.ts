import { z } from 'zod';
import { languageSchema } from '../domain/language';

/**
 * What travels beside every call's input: the caller's language (for error messages), their session token, and
 * whether the call is only a look that does not count as the person's use (an open screen listening for changes).
 */
export const callMetaSchema = z
  .object({ locale: languageSchema.optional(), session: z.string().max(100).optional(), passive: z.boolean().optional() })
  .strict();

/** What travels beside every call's input. */
export type CallMeta = z.infer<typeof callMetaSchema>;
