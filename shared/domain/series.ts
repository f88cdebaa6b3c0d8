import { z } from 'zod';

/** A series identifier: lowercase letters, digits and hyphens, e.g. `comunicado-conjunto`. */
export const seriesIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);

/** A kind of document with its labels and number format per language. */
export const seriesSchema = z.object({
  id: seriesIdSchema,
  label: z.object({ es: z.string(), en: z.string() }),
  /** Number line per language, `{n}` or `{n:03}` standing for the number; unnumbered series have no placeholder. */
  numberFormat: z.object({ es: z.string(), en: z.string() }),
  numbered: z.boolean(),
  yearlyReset: z.boolean(),
  /** Whether its communiqués need summary bullets before review (a fe de erratas does not). */
  requiresSummary: z.boolean(),
});

/** A kind of document with its labels and number format per language. */
export type Series = z.infer<typeof seriesSchema>;
