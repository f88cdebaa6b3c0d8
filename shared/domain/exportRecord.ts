import { z } from 'zod';
import { exportFormatSchema } from '../export/exportFormat';

/** A file Redacta exported: which communiqué and text, in which format, its name and SHA-256, who and when. */
export const exportRecordSchema = z.object({
  id: z.number().int().positive(),
  exportKey: z.string().length(36),
  communiqueId: z.number().int().positive(),
  /** The version's sequence number, or null for the working copy. */
  versionSeq: z.number().int().positive().nullable(),
  revision: z.number().int().positive(),
  format: exportFormatSchema,
  draft: z.boolean(),
  number: z.number().int().positive().nullable(),
  year: z.number().int().nullable(),
  fileName: z.string(),
  sha256: z.string().length(64),
  size: z.number().int().min(0),
  exportedBy: z.string(),
  exportedAt: z.string(),
});

/** A file Redacta exported. */
export type ExportRecord = z.infer<typeof exportRecordSchema>;
