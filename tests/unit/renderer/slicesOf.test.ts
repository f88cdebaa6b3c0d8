import { describe, expect, it } from 'vitest';
import { slicesOf } from '../../../renderer/src/print/slicesOf';

describe('the slices new blocks go into the preview in', () => {
  it('keep every block once, in order, each slice within the limit unless one block alone is over it', () => {
    const blocks = ['a'.repeat(6), 'b'.repeat(3), 'c'.repeat(2), 'd'.repeat(12), 'e', 'f'.repeat(9)];
    expect(slicesOf(blocks, 10)).toEqual([['aaaaaa', 'bbb'], ['cc'], ['dddddddddddd'], ['e', 'fffffffff']]);
    expect(slicesOf(blocks, 100)).toEqual([blocks]);
    expect(slicesOf([], 10)).toEqual([]);
  });
});
