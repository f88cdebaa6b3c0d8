import { describe, expect, it } from 'vitest';
import { blocksShown, covers, hiddenRuns } from '../../../renderer/src/editor/extensions/blockSpans';

describe('the blocks a long body shows', () => {
  it('shows the start and the end (as many blocks as around the caret), the screen seen and the blocks around both ends of the selection, merged', () => {
    expect(blocksShown(1000, { first: 100, last: 130 }, [500, 520], 40)).toEqual([
      { first: 0, last: 40 },
      { first: 100, last: 130 },
      { first: 460, last: 560 },
      { first: 959, last: 999 },
    ]);
  });

  it('before the screen is seen, shows the start; near the ends, stays inside the body; narrow gaps are not hidden', () => {
    expect(blocksShown(300, null, [0, 0], 40)).toEqual([
      { first: 0, last: 60 },
      { first: 259, last: 299 },
    ]);
    expect(blocksShown(300, { first: 250, last: 295 }, [299, 299], 40)).toEqual([
      { first: 0, last: 40 },
      { first: 250, last: 299 },
    ]);
    expect(blocksShown(200, { first: 5, last: 20 }, [30, 30], 8)).toEqual([
      { first: 0, last: 38 },
      { first: 191, last: 199 },
    ]);
  });

  it('shows nothing new when the caret jumps to either end (Ctrl+Home, Ctrl+End): what is around it is shown already', () => {
    const kept = [
      { first: 0, last: 16 },
      { first: 100, last: 130 },
      { first: 983, last: 999 },
    ];
    expect(blocksShown(1000, { first: 100, last: 130 }, [999, 999], 16)).toEqual(kept);
    expect(blocksShown(1000, { first: 100, last: 130 }, [0, 0], 16)).toEqual(kept);
    expect(blocksShown(1000, { first: 100, last: 130 }, [0, 999], 16)).toEqual(kept);
  });

  it('hides exactly the blocks between the shown runs', () => {
    const shown = [
      { first: 0, last: 1 },
      { first: 100, last: 130 },
      { first: 998, last: 999 },
    ];
    expect(hiddenRuns(shown, 1000)).toEqual([
      { first: 2, last: 99 },
      { first: 131, last: 997 },
    ]);
    expect(hiddenRuns([], 1000)).toEqual([]);
    expect(hiddenRuns([{ first: 0, last: 60 }], 300)).toEqual([{ first: 61, last: 299 }]);
  });

  it('knows whether a run of blocks is all shown, clamped to the body', () => {
    const shown = [
      { first: 0, last: 1 },
      { first: 460, last: 560 },
      { first: 998, last: 999 },
    ];
    expect(covers(shown, 480, 540)).toBe(true);
    expect(covers(shown, 440, 480)).toBe(false);
    expect(covers(shown, 990, 1010)).toBe(false);
    expect(covers(shown, 998, 1020)).toBe(true);
    expect(covers(shown, -20, 1)).toBe(true);
  });
});
