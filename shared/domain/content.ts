import { z } from 'zod';
import { bodyDocSchema } from '../body/bodyJson';
import { isoDateSchema } from './isoDate';
import { languageSchema } from './language';
import { seriesIdSchema } from './series';

/** Longest title, bullet and place the office would ever print; beyond these the input is a mistake. */
export const contentLimits = { place: 120, title: 400, bullet: 600, bullets: 12 } as const;

const singleLine = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[^\n\r]*$/, { message: 'must be a single line' });

/** Everything a communiqué says: the interchange shape of `new --from`, import, export and versions. */
export const contentSchema = z
  .object({
    series: seriesIdSchema,
    language: languageSchema,
    place: singleLine(contentLimits.place),
    date: isoDateSchema,
    title: singleLine(contentLimits.title),
    summary: z.array(singleLine(contentLimits.bullet)).max(contentLimits.bullets),
    body: bodyDocSchema,
  })
  .strict();

/** Everything a communiqué says. */
export type Content = z.infer<typeof contentSchema>;

/** Content as a person or another program hands it in: any field may be left out, the body may be plain text. */
export const contentInputSchema = contentSchema
  .extend({ body: z.union([bodyDocSchema, z.string().max(2_000_000)]) })
  .partial()
  .strict();

/** Content as handed in, before defaults are filled. */
export type ContentInput = z.infer<typeof contentInputSchema>;
