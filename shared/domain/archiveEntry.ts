import { z } from 'zod';
import { contentSchema } from './content';
import { isoDateSchema } from './isoDate';
import { communiqueStatusSchema } from './status';
import { storedIntegerSchema } from './storedInteger';

/**
 * One line of an archive file (`export-archive`, `.jsonl` import): a communiqué's content in the interchange shape and,
 * optionally, where it stood: its own number and year, its status, its publication date, its id where it was written
 * (`key`) and the key of the original it translates.
 */
export const archiveEntrySchema = contentSchema
  .extend({
    number: storedIntegerSchema.max(1_000_000).nullable().optional(),
    year: z.number().int().min(1900).max(9999).nullable().optional(),
    status: communiqueStatusSchema.optional(),
    publishedOn: isoDateSchema.nullable().optional(),
    key: storedIntegerSchema.optional(),
    translationOf: storedIntegerSchema.nullable().optional(),
  })
  .strict();

/** One line of an archive file. */
export type ArchiveEntry = z.infer<typeof archiveEntrySchema>;
