import { z } from 'zod';

/** Languages a communiqué can be written in, and the UI can speak. */
export const languages = ['es', 'en'] as const;

/** A document or interface language. */
export const languageSchema = z.enum(languages);

/** A document or interface language. */
export type Language = z.infer<typeof languageSchema>;
