import { z } from 'zod';
import { exportRecordSchema } from './exportRecord';

/** What Redacta knows of a file: exactly one of its exports, one of its exports since changed, or nothing. */
export const exportVerdictSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('known'), record: exportRecordSchema, title: z.string(), sha256: z.string().length(64) }),
  z.object({ status: z.literal('modified'), record: exportRecordSchema, title: z.string(), sha256: z.string().length(64) }),
  z.object({ status: z.literal('unknown'), sha256: z.string().length(64) }),
]);

/** What Redacta knows of a file. */
export type ExportVerdict = z.infer<typeof exportVerdictSchema>;
