import { z } from 'zod';
import { contentSchema } from './content';
import { isoDateSchema } from './isoDate';
import { seriesIdSchema } from './series';
import { communiqueStatusSchema } from './status';
import { storedIntegerSchema } from './storedInteger';

/** The kinds of file the archive import reads. */
export const importFormats = ['txt', 'docx', 'pdf', 'html', 'jsonl'] as const;
export const importFormatSchema = z.enum(importFormats);
export type ImportFormat = z.infer<typeof importFormatSchema>;

/** Something the reader could not settle alone, for the person to look at in the preview. */
export const importWarningSchema = z.enum(['noNumber', 'noDateline', 'noSummary', 'newSeries', 'noClosingMark', 'titleCut']);
export type ImportWarning = z.infer<typeof importWarningSchema>;

/** Why a file gives no communiqué: nothing in it, a PDF with no text (a scan), not a communiqué, a kind of file not read, unreadable, too big, a bad archive line. */
export const importRefusalSchema = z.enum(['empty', 'noText', 'notACommunique', 'unsupported', 'unreadable', 'tooLarge', 'badLine']);
export type ImportRefusal = z.infer<typeof importRefusalSchema>;

/** Why an item is taken as one already in the archive: the same number, the same text, or the same file imported before. */
export const duplicateSchema = z.object({
  id: storedIntegerSchema,
  title: z.string(),
  why: z.enum(['number', 'content', 'file']),
});
export type Duplicate = z.infer<typeof duplicateSchema>;

/** A series the office does not have yet, created by the import when the person keeps it as new. */
export const newSeriesSchema = z.object({
  id: seriesIdSchema,
  label: z.string().min(1).max(80),
  numbered: z.boolean(),
});
export type NewSeries = z.infer<typeof newSeriesSchema>;

/**
 * One communiqué as read from a file, what the preview shows and the person may edit, and what the import stores: its
 * content (the date may be missing until the person gives it), number, status, whether it duplicates one in the
 * archive (and what to do then), which communiqué it translates.
 */
export const importItemSchema = z
  .object({
    content: contentSchema.extend({ date: isoDateSchema.nullable() }),
    number: storedIntegerSchema.max(1_000_000).nullable(),
    status: communiqueStatusSchema,
    publishedOn: isoDateSchema.nullable(),
    /** The label the file printed before the number, as printed. */
    seriesLabel: z.string().max(80).nullable(),
    /** Set when `content.series` is a series to create; null when it names one the office has. */
    newSeries: newSeriesSchema.nullable(),
    warnings: z.array(importWarningSchema),
    duplicateOf: duplicateSchema.nullable(),
    /** What to do with a duplicate: leave it out, or keep both. */
    onDuplicate: z.enum(['skip', 'keepBoth']),
    /** The communiqué already in the archive this one translates, if any. */
    translationOf: storedIntegerSchema.nullable(),
    /** In an archive file: the line's own key, and its original's key in the same file. */
    key: storedIntegerSchema.nullable(),
    translationOfKey: storedIntegerSchema.nullable(),
  })
  .strict();
export type ImportItem = z.infer<typeof importItemSchema>;

/** What one file gave: its communiqués, or why none. */
export const fileReadingSchema = z.object({
  file: z.string().max(400),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: importFormatSchema.nullable(),
  items: z.array(importItemSchema),
  refused: z.object({ reason: importRefusalSchema, line: storedIntegerSchema.nullable() }).nullable(),
});
export type FileReading = z.infer<typeof fileReadingSchema>;

/** What importing one file stored. */
export const importOutcomeSchema = z.object({
  file: z.string(),
  imported: z.array(z.object({ id: storedIntegerSchema, number: z.number().int().nullable(), year: z.number().int().nullable(), title: z.string() })),
  skipped: z.number().int().min(0),
});
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;
