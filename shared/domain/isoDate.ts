import { z } from 'zod';

/** A calendar date as `YYYY-MM-DD` that exists (no 2023-02-30). */
export const isoDateSchema = z.iso.date();

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof isoDateSchema>;
