import { z } from 'zod';
import { bundledFontFamilies } from '../print/bundledFonts';
import { isoDateSchema } from './isoDate';
import { storedIntegerSchema } from './storedInteger';

/** An image of the letterhead, kept inline so the database holds everything the page needs. */
export const letterheadImageSchema = z.object({
  /** `data:` URI of a PNG, JPEG or SVG image of at most about 1 MB. */
  src: z
    .string()
    .max(1_400_000)
    .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/),
  alt: z.string().max(200),
  position: z.enum(['left', 'center', 'right']),
  widthMm: z.number().positive().max(200),
});

/** What is printed on every page of a communiqué, plus its closing mark and page setup. */
export const letterheadDefinitionSchema = z.object({
  headerLines: z.array(z.string().max(200)).max(6),
  commemorativeLine: z.string().max(200),
  institutionName: z.string().max(200),
  motto: z.string().max(200),
  images: z.array(letterheadImageSchema).max(6),
  footerLines: z.array(z.string().max(300)).max(6),
  closingMarks: z.object({ es: z.string().max(40), en: z.string().max(40) }),
  pageSize: z.enum(['letter', 'a4']),
  marginsMm: z.object({
    top: z.number().min(5).max(80),
    right: z.number().min(5).max(80),
    bottom: z.number().min(5).max(80),
    left: z.number().min(5).max(80),
  }),
  font: z.object({ family: z.enum(bundledFontFamilies), sizePt: z.number().min(8).max(16) }),
});

/** What is printed on every page of a communiqué, plus its closing mark and page setup. */
export type LetterheadDefinition = z.infer<typeof letterheadDefinitionSchema>;

/** A stored letterhead: a named definition valid from a date. */
export const letterheadSchema = z.object({
  id: storedIntegerSchema,
  name: z.string(),
  validFrom: isoDateSchema,
  definition: letterheadDefinitionSchema,
});

/** A stored letterhead. */
export type Letterhead = z.infer<typeof letterheadSchema>;

/** A letterhead as listed: how many communiqués use it (a used letterhead no longer changes). */
export const letterheadSummarySchema = letterheadSchema.pick({ id: true, name: true, validFrom: true }).extend({ usedBy: z.number().int().min(0) });

/** A letterhead as listed. */
export type LetterheadSummary = z.infer<typeof letterheadSummarySchema>;

/** What an administrator submits to create or change a letterhead. */
export const letterheadInputSchema = z
  .object({ name: z.string().trim().min(1).max(120), validFrom: isoDateSchema, definition: letterheadDefinitionSchema })
  .strict();
