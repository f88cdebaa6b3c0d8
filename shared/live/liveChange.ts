import { z } from 'zod';
import type { MethodName } from '../contract/methodNames';

/**
 * The writes an office server tells every signed-in screen about, as they land: what changes where a communiqué
 * stands, its review or its number. Only which communiqué and what was done travel; each screen asks again through
 * the contract, where its person's roles decide what it sees. Autosaves are not among them: fifty people saving every
 * few seconds would have every screen asking again all day, and another's edit meets the revision check anyway.
 */
export const liveMethods: ReadonlySet<MethodName> = new Set<MethodName>([
  'createCommunique',
  'createTranslation',
  'submitForReview',
  'withdrawSubmission',
  'approveVersion',
  'requestChanges',
  'addComment',
  'resolveComment',
  'publishCommunique',
  'withdrawCommunique',
  'createCorrection',
  'markTranslationSynced',
  'voidNumber',
  'importArchiveFile',
]);

/** One write that landed, as the office server announces it. */
export const liveChangeSchema = z
  .object({
    method: z.string().max(60),
    /** The communiqué it was about, when it was about one. */
    communiqueId: z.number().int().nullable(),
    /** Who did it (their profile name), so a screen can tell its own person's writes from others'. */
    by: z.string().max(200),
  })
  .strict();

/** One write that landed, as the office server announces it. */
export type LiveChange = z.infer<typeof liveChangeSchema>;

/** The communiqué a write was about: the one it named, or the one it made or touched. */
export function communiqueIdOf(input: unknown, output: unknown): number | null {
  const named = (value: unknown, key: string) =>
    typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[key] === 'number'
      ? ((value as Record<string, number>)[key] ?? null)
      : null;
  return named(input, 'id') ?? named(output, 'communiqueId') ?? named(output, 'id');
}
