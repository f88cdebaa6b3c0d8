import { z } from 'zod';
import { maxStoredInteger, storedIntegerSchema } from './storedInteger';

/** What a comment is about: the whole communiqué, a field, a bullet (index) or a body paragraph (index). */
export const commentAnchorSchema = z.object({
  field: z.enum(['general', 'title', 'place', 'date', 'summary', 'body']),
  index: z.number().int().min(0).max(maxStoredInteger).nullable(),
});

/** A review comment on a version, possibly a reply, possibly resolved. */
export const commentSchema = z.object({
  id: storedIntegerSchema,
  communiqueId: storedIntegerSchema,
  versionId: storedIntegerSchema,
  versionSeq: storedIntegerSchema,
  parentId: storedIntegerSchema.nullable(),
  anchor: commentAnchorSchema,
  body: z.string(),
  author: z.string(),
  createdAt: z.string(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});

/** A review comment. */
export type Comment = z.infer<typeof commentSchema>;

/** A comment's text: something to say, at most 4,000 characters. */
export const commentBodySchema = z.string().trim().min(1).max(4000);
