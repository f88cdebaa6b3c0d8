import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { bodyExtensions } from './bodyExtensions';

let cached: Schema | undefined;

/** The ProseMirror schema of a communiqué's body, built once from the shared extensions. */
export function bodySchema(): Schema {
  cached ??= getSchema(bodyExtensions);
  return cached;
}
