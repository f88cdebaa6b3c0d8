import { z } from 'zod';
import { contentSchema } from './content';
import { importFormatSchema } from './importItem';
import { languageSchema } from './language';
import { seriesIdSchema } from './series';
import { communiqueStatusSchema } from './status';
import { storedIntegerSchema } from './storedInteger';

/** A communiqué's identifier. */
export const communiqueIdSchema = storedIntegerSchema;

/** A communiqué with its working copy. */
export const communiqueSchema = z.object({
  id: communiqueIdSchema,
  status: communiqueStatusSchema,
  number: storedIntegerSchema.nullable(),
  year: z.number().int().nullable(),
  /** Bumped by every save of the working copy; a save naming an older revision is refused. */
  revision: storedIntegerSchema,
  letterheadId: storedIntegerSchema,
  translationOf: communiqueIdSchema.nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  content: contentSchema,
  /** The same communiqué in the other language: the original it translates, or its translations. */
  linked: z.array(z.object({ id: communiqueIdSchema, language: languageSchema, relation: z.enum(['original', 'translation']) })),
  /** The last version submitted for review (what a reviewer decides on), if any. */
  latestVersion: z.object({ id: storedIntegerSchema, seq: storedIntegerSchema, sha256: z.string(), author: z.string() }).nullable(),
  /** Who wrote or changed the text since its last approval (four eyes: none of them approves it), by name. */
  editors: z.array(z.string()),
  /** The version the number was approved for; it stays as it was whatever happens to the working copy. */
  approvedVersion: z.object({ id: storedIntegerSchema, seq: storedIntegerSchema, sha256: z.string() }).nullable(),
  publishedOn: z.string().nullable(),
  /** The communiqué this one corrects (fe de erratas). */
  correctionOf: communiqueIdSchema.nullable(),
  /** For a translation: whether the original's approved text moved on since the translation was brought up to date. */
  translationSync: z.object({ originalApprovedSeq: z.number().int().nullable(), syncedSeq: z.number().int().nullable(), outOfDate: z.boolean() }).nullable(),
  /** For a communiqué brought in from the office's past: the file it was read from, by whom, when. */
  importedFrom: z.object({ fileName: z.string(), format: importFormatSchema, importedBy: z.string(), importedAt: z.string() }).nullable(),
});

/** A communiqué with its working copy. */
export type Communique = z.infer<typeof communiqueSchema>;

/** One row of the communiqué list (also `list --json`). */
export const communiqueSummarySchema = z.object({
  id: communiqueIdSchema,
  series: seriesIdSchema,
  number: storedIntegerSchema.nullable(),
  year: z.number().int().nullable(),
  language: languageSchema,
  status: communiqueStatusSchema,
  title: z.string(),
  updatedAt: z.string(),
});

/** One row of the communiqué list. */
export type CommuniqueSummary = z.infer<typeof communiqueSummarySchema>;
