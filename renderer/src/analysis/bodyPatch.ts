import type { BodyNodeJson } from '../../../shared/body/bodyJson';
import { isFrozenJson } from '../../../shared/body/frozenJson';

/** How the body's blocks changed: from `at`, `removed` blocks went and `blocks` came. */
export interface BodyPatch {
  at: number;
  removed: number;
  blocks: BodyNodeJson[];
}

/** Whether two blocks are surely the same: one frozen block (see `freezeJson`) cannot have changed. */
const same = (a: BodyNodeJson | undefined, b: BodyNodeJson | undefined) => a === b && isFrozenJson(a);

/** The patch that turns `before` into `after`: what lies between their common start and their common end. */
export function bodyPatch(before: readonly BodyNodeJson[], after: readonly BodyNodeJson[]): BodyPatch {
  let start = 0;
  while (start < before.length && start < after.length && same(before[start], after[start])) start += 1;
  let end = 0;
  while (end < before.length - start && end < after.length - start && same(before[before.length - 1 - end], after[after.length - 1 - end])) end += 1;
  return { at: start, removed: before.length - start - end, blocks: after.slice(start, after.length - end) };
}

/** `blocks` with `patch` applied. */
export function applyBodyPatch(blocks: readonly BodyNodeJson[], patch: BodyPatch): BodyNodeJson[] {
  return [...blocks.slice(0, patch.at), ...patch.blocks, ...blocks.slice(patch.at + patch.removed)];
}
