import { describe, expect, it } from 'vitest';
import { createBlockIds } from '../../../renderer/src/print/createBlockIds';

describe('the numbers standing for the preview’s blocks in its page signatures', () => {
  it('gives equal HTML the same number and different HTML different numbers', () => {
    const ids = createBlockIds();
    expect(ids(['<p>Uno</p>', '<p>Dos</p>', '<p>Uno</p>', '<p>Tres</p>'])).toEqual([0, 1, 0, 2]);
  });

  it('keeps a block’s number from one layout to the next, and numbers an edited block anew', () => {
    const ids = createBlockIds();
    ids(['<p>Uno</p>', '<p>Dos</p>', '<p>Tres</p>']);
    expect(ids(['<p>Uno</p>', '<p>Dos, editado</p>', '<p>Tres</p>'])).toEqual([0, 3, 2]);
    // Only the last layout’s blocks are remembered: a block taken back to an earlier text gets a number no HTML has had.
    expect(ids(['<p>Uno</p>', '<p>Dos</p>', '<p>Tres</p>'])).toEqual([0, 4, 2]);
  });

  it('numbers HTML built anew (a different string of the same text) as the one it equals', () => {
    const ids = createBlockIds();
    const first = ids([['<p>', 'Cuatro', '</p>'].join('')]);
    expect(ids([`<p>${'Cua'}${'tro'}</p>`])).toEqual(first);
  });
});
