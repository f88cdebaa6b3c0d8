import { z } from 'zod';
import { languageSchema } from './language';

/** A word for the office dictionary: one word of letters (with inner hyphens or apostrophes), up to 60 characters. */
export const officeWordTextSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^\p{L}[\p{L}\p{M}\p{N}'’-]*$/u, { message: 'one word of letters' });

/** A word the office dictionary accepts for a language. */
export const officeWordSchema = z.object({ language: languageSchema, word: officeWordTextSchema });

/** A word the office dictionary accepts for a language. */
export type OfficeWord = z.infer<typeof officeWordSchema>;
