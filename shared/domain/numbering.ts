import { z } from 'zod';
import { storedIntegerSchema } from './storedInteger';

/** A statement that a series' numbers up to `upTo` were issued outside Redacta that year: by whom, when, why. */
export const issuedOutsideSchema = z.object({
  upTo: storedIntegerSchema,
  statedBy: z.string(),
  statedAt: z.string(),
  reason: z.string(),
});

/** A statement of numbers issued outside Redacta. */
export type IssuedOutside = z.infer<typeof issuedOutsideSchema>;

/** Where a series' numbering stands for a year: the next number, and what was issued outside Redacta. */
export const numberingSchema = z.object({
  series: z.string(),
  year: z.number().int(),
  next: storedIntegerSchema,
  issuedOutside: z.array(issuedOutsideSchema),
});

/** Where a series' numbering stands for a year. */
export type Numbering = z.infer<typeof numberingSchema>;

/** A number an office may say its series continues from: only forward, past every number already given or stated. */
export function mayContinueNumberingAt(requested: number, next: number): boolean {
  return Number.isInteger(requested) && requested > next;
}
