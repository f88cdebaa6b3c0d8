import { z } from 'zod';
import { exportFormatSchema } from '../export/exportFormat';
import { storedIntegerSchema } from './storedInteger';

/** A file Redacta exported: which communiqué and text, in which format, its name and SHA-256, who and when. */
export const exportRecordSchema = z.object({
  id: storedIntegerSchema,
  exportKey: z.string().length(36),
  communiqueId: storedIntegerSchema,
  /** The version's sequence number, or null for the working copy. */
  versionSeq: storedIntegerSchema.nullable(),
  revision: storedIntegerSchema,
  format: exportFormatSchema,
  draft: z.boolean(),
  number: storedIntegerSchema.nullable(),
  year: z.number().int().nullable(),
  fileName: z.string(),
  sha256: z.string().length(64),
  size: z.number().int().min(0),
  exportedBy: z.string(),
  exportedAt: z.string(),
});

/** A file Redacta exported. */
export type ExportRecord = z.infer<typeof exportRecordSchema>;
