import { z } from 'zod';
import { languageSchema } from '../domain/language';

/** What travels beside every call's input: the caller's language (for error messages) and their session token. */
export const callMetaSchema = z.object({ locale: languageSchema.optional(), session: z.string().max(100).optional() }).strict();

/** What travels beside every call's input. */
export type CallMeta = z.infer<typeof callMetaSchema>;
