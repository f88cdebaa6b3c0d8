import { z } from 'zod';
import { languageSchema } from '../domain/language';

/** What travels beside every call's input: the caller's language, for error messages. */
export const callMetaSchema = z.object({ locale: languageSchema.optional() }).strict();

/** What travels beside every call's input. */
export type CallMeta = z.infer<typeof callMetaSchema>;
