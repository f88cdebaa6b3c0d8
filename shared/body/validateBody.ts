import type { BodyNodeJson } from './bodyJson';
import { bodySchema } from './bodySchema';
import { isAllowedHref } from './bodyExtensions';

/** Why a body was refused, or null when it fits the schema. */
export function validateBody(body: BodyNodeJson): string | null {
  try {
    const doc = bodySchema().nodeFromJSON(body);
    doc.check();
    let badLink: string | null = null;
    doc.descendants((node) => {
      for (const mark of node.marks) {
        const href: unknown = mark.attrs['href'];
        if (mark.type.name === 'link' && (typeof href !== 'string' || !isAllowedHref(href))) badLink = String(href);
      }
      return badLink === null;
    });
    return badLink === null ? null : `link not allowed: ${badLink}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
