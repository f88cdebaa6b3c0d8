import type { BodyNodeJson } from './bodyJson';
import { bodySchema } from './bodySchema';
import { isAllowedImageSrc } from './imageSource';
import { isAllowedHref } from './isAllowedHref';

/** Why a body cannot be stored: an image that is not an allowed PNG or JPEG, a link not allowed, or a shape the editor's schema refuses. */
export type BodyProblem = { reason: 'image' } | { reason: 'link'; href: string } | { reason: 'schema'; detail: string };

/** Why a body was refused, or null when it fits the schema. */
export function validateBody(body: BodyNodeJson): BodyProblem | null {
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
    return problem;
  } catch (error) {
    return { reason: 'schema', detail: error instanceof Error ? error.message : String(error) };
  }
}
