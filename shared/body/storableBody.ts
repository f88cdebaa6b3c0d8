import type { BodyNodeJson } from './bodyJson';
import { bodySchema } from './bodySchema';
import { isAllowedImageSrc } from './imageSource';
import { isAllowedHref } from './isAllowedHref';

/** How many nodes deep a body may nest (lists, quotes, tables inside one another): far beyond any communiqué, well within what the page layout handles quickly. */
export const maxBodyDepth = 20;

/** Why a body cannot be stored: an image that is not an allowed PNG or JPEG, a link not allowed, nesting too deep, or a shape the editor's schema refuses. */
export type BodyProblem = { reason: 'image' } | { reason: 'link'; href: string } | { reason: 'depth'; max: number } | { reason: 'schema'; detail: string };

/** How deep a body's JSON nests, counted without recursion. */
function nodeDepth(body: BodyNodeJson): number {
  let deepest = 0;
  const pending: [BodyNodeJson, number][] = [[body, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    deepest = Math.max(deepest, depth);
    for (const child of node.content ?? []) pending.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * The body as it is stored, or why it cannot be: it must fit the shared tiptap schema, its images and links must be
 * allowed, and it is stored as the schema reads it (attributes the schema does not know are dropped, not kept as sent).
 */
export function storableBody(body: BodyNodeJson): { body: BodyNodeJson } | { problem: BodyProblem } {
  // doc > paragraph > text is three: the limit counts the levels a person can nest.
  if (nodeDepth(body) > maxBodyDepth + 2) return { problem: { reason: 'depth', max: maxBodyDepth } };
  try {
    const doc = bodySchema().nodeFromJSON(body);
    doc.check();
    let problem: BodyProblem | null = null;
    doc.descendants((node) => {
      if (node.type.name === 'figure' && !isAllowedImageSrc(node.attrs.src)) problem = { reason: 'image' };
      for (const mark of node.marks) {
        const href: unknown = mark.attrs.href;
        if (mark.type.name === 'link' && (typeof href !== 'string' || !isAllowedHref(href))) problem = { reason: 'link', href: String(href) };
      }
      return problem === null;
    });
    return problem ? { problem } : { body: doc.toJSON() as BodyNodeJson };
  } catch (error) {
    return { problem: { reason: 'schema', detail: error instanceof Error ? error.message : String(error) } };
  }
}
