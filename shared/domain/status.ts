import { z } from 'zod';

/** Where a communiqué stands in the review flow (docs/ARCHITECTURE.md, "The document and the workflow"). */
export const communiqueStatuses = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn'] as const;

/** Where a communiqué stands in the review flow. */
export const communiqueStatusSchema = z.enum(communiqueStatuses);

/** Where a communiqué stands in the review flow. */
export type CommuniqueStatus = z.infer<typeof communiqueStatusSchema>;
