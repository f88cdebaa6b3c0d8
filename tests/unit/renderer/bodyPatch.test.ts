import { describe, expect, it } from 'vitest';
import { frozenJsonCopy } from '../../../shared/body/frozenJson';
import { applyBodyPatch, bodyPatch } from '../../../renderer/src/analysis/bodyPatch';
import type { BodyNodeJson } from '../../../shared/body/bodyJson';

const block = (text: string): BodyNodeJson => frozenJsonCopy({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('what the checks are sent of a body', () => {
  const blocks = Array.from({ length: 12 }, (_, i) => block(`Párrafo ${i}`));

  it('is only the block typed in, and the checks rebuild the whole body from it', () => {
    const after = [...blocks];
    after[7] = block('Párrafo 7, ya corregido');
    const patch = bodyPatch(blocks, after);
    expect(patch).toEqual({ at: 7, removed: 1, blocks: [after[7]] });
    expect(applyBodyPatch(blocks, patch)).toEqual(after);
  });

  it('rebuilds the body for blocks added, removed, split, moved, at either end, or the whole body replaced', () => {
    const cases: BodyNodeJson[][] = [
      [...blocks, block('Nuevo al final')],
      [block('Nuevo al principio'), ...blocks],
      blocks.slice(3),
      blocks.slice(0, 5),
      [...blocks.slice(0, 4), block('Mitad A'), block('Mitad B'), ...blocks.slice(5)],
      [blocks[5] as BodyNodeJson, ...blocks.slice(0, 5), ...blocks.slice(6)],
      [],
      blocks.map((each) => block(JSON.stringify(each))),
      [...blocks],
    ];
    for (const after of cases) expect(applyBodyPatch(blocks, bodyPatch(blocks, after))).toEqual(after);
    expect(bodyPatch(blocks, [...blocks]).blocks).toEqual([]);
  });

  it('sends again a block that is not frozen, even if it is the same object: it may have changed in place', () => {
    const loose: BodyNodeJson[] = [{ type: 'paragraph', content: [{ type: 'text', text: 'Hola' }] }];
    const patch = bodyPatch(loose, loose);
    expect(patch).toEqual({ at: 0, removed: 1, blocks: loose });
  });
});
