import type { BodyNodeJson } from './bodyJson';
import { bodySchema } from './bodySchema';
import { isAllowedHref } from './isAllowedHref';
import { isAllowedImageSrc } from './imageSource';

/** Why a body was refused, or null when it fits the schema. */
export function validateBody(body: BodyNodeJson): string | null {
  try {
    const doc = bodySchema().nodeFromJSON(body);
    doc.check();
    let problem: string | null = null;
    doc.descendants((node) => {
      if (node.type.name === 'figure' && !isAllowedImageSrc(node.attrs.src)) problem = 'image must be a PNG or JPEG of at most 8 MB';
      for (const mark of node.marks) {
        const href: unknown = mark.attrs.href;
        if (mark.type.name === 'link' && (typeof href !== 'string' || !isAllowedHref(href))) problem = `link not allowed: ${String(href)}`;
      }
      return problem === null;
    });
    return problem;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
