import { z } from 'zod';
import { communiqueSummarySchema } from './communique';
import { isoDateSchema } from './isoDate';
import { languageSchema } from './language';
import { seriesIdSchema } from './series';
import { communiqueStatusSchema } from './status';

/** How a list of communiqués is ordered: best match first (with words), last changed, by date, by number. */
export const communiqueSortSchema = z.enum(['relevance', 'updated', 'date', 'number']);

/** What the list asks for: words to find, filters, an order, and one page. */
export const communiqueQuerySchema = z
  .object({
    text: z.string().max(500).optional(),
    /** A person the text quotes (their name, or part of it). */
    person: z.string().max(120).optional(),
    series: seriesIdSchema.optional(),
    status: communiqueStatusSchema.optional(),
    language: languageSchema.optional(),
    year: z.number().int().min(1900).max(9999).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    sort: communiqueSortSchema.optional(),
    offset: z.number().int().min(0).max(10_000_000).optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .strict();

/** What the list asks for. */
export type CommuniqueQuery = z.infer<typeof communiqueQuerySchema>;

/** A found communiqué: its list row, its date, and (when words were asked for) an extract with the hits marked. */
export const foundCommuniqueSchema = communiqueSummarySchema.extend({
  date: z.string(),
  snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })).nullable(),
});

/** One page of what was found, and how many there are in all. */
export const communiquePageSchema = z.object({
  items: z.array(foundCommuniqueSchema),
  total: z.number().int().min(0),
  /** The total is a floor: there are more than that many (counting them all would cost more than it tells). */
  totalIsFloor: z.boolean(),
  /** Too many matches to rank: the newest come first; more words rank them. */
  newestFirst: z.boolean(),
});

/** One page of what was found. */
export type CommuniquePage = z.infer<typeof communiquePageSchema>;
