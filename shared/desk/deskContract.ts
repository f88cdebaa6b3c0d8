import { z } from 'zod';
import type { DeskMethod } from './deskMethodNames';

export type { DeskMethod } from './deskMethodNames';
export { deskChannel, deskMethodNames, isDeskMethod } from './deskMethodNames';

/** An office this desk works in: its address and the certificate fingerprint pinned for it. */
export const deskOfficeSchema = z.object({ url: z.string(), fingerprint: z.string() });

/** An office this desk works in. */
export type DeskOffice = z.infer<typeof deskOfficeSchema>;

/**
 * What a desk (the desktop app, or browser mode on this computer) answers about itself, apart from the contract: which
 * database its screens work in, this computer's own or an office server's, and how to change that. An office server
 * has none of it.
 */
export const deskContract = {
  getDeskConnection: { input: z.object({}).strict(), output: z.object({ office: deskOfficeSchema.nullable() }) },
  connectToOffice: {
    input: z.object({ url: z.string().max(2048), fingerprint: z.string().max(200).optional() }).strict(),
    output: deskOfficeSchema,
  },
  leaveOffice: { input: z.object({}).strict(), output: z.object({}) },
  forgetOffice: { input: z.object({ url: z.string().max(2048) }).strict(), output: z.object({}) },
} as const satisfies Record<DeskMethod, { input: z.ZodType; output: z.ZodType }>;
