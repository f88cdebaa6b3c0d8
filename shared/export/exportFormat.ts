import { z } from 'zod';

/** The files a communiqué exports to: Word, PDF, plain text, e-mail-ready HTML. */
export const exportFormats = ['docx', 'pdf', 'txt', 'html'] as const;

/** One of the export formats. */
export const exportFormatSchema = z.enum(exportFormats);

/** One of the export formats. */
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** Each format's MIME type, for downloads. */
export const exportMimeTypes: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain;charset=utf-8',
  html: 'text/html;charset=utf-8',
};
