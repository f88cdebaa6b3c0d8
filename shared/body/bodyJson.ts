import { z } from 'zod';

/** A mark on a text node, as tiptap/ProseMirror serialise it. */
export interface BodyMarkJson {
  type: string;
  attrs?: Record<string, unknown> | undefined;
}

/** A node of the body, as tiptap/ProseMirror serialise it. */
export interface BodyNodeJson {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: BodyNodeJson[] | undefined;
  marks?: BodyMarkJson[] | undefined;
  text?: string | undefined;
}

const markSchema = z.object({ type: z.string().max(40), attrs: z.record(z.string(), z.unknown()).optional() }).strict();

/** The JSON shape of a body node; which node types may nest where is checked against the tiptap schema in the back end. */
export const bodyNodeSchema: z.ZodType<BodyNodeJson> = z.lazy(() =>
  z
    .object({
      type: z.string().max(40),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(bodyNodeSchema).max(20_000).optional(),
      marks: z.array(markSchema).max(20).optional(),
      text: z.string().max(200_000).optional(),
    })
    .strict(),
);

/** A whole body: a `doc` node. */
export const bodyDocSchema = bodyNodeSchema.refine((node) => node.type === 'doc', { message: 'body must be a doc node' });

/** An empty body: one empty paragraph, as tiptap starts. */
export function emptyBody(): BodyNodeJson {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
