import { Mapping, StepMap } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { firstFrom, marksWithin, pack } from '../../../renderer/src/editor/extensions/packedMarks';

describe('packed marks', () => {
  const marks = pack([
    { from: 30, to: 35, label: 2 },
    { from: 1, to: 5, label: 0 },
    { from: 10, to: 20, label: 1 },
  ]);

  it('keeps marks sorted by start and finds the first at or after a position', () => {
    expect([...marks]).toEqual([1, 5, 0, 10, 20, 1, 30, 35, 2]);
    expect(firstFrom(marks, 0)).toBe(0);
    expect(firstFrom(marks, 6)).toBe(1);
    expect(firstFrom(marks, 30)).toBe(2);
    expect(firstFrom(marks, 31)).toBe(3);
  });

  it('follows the text through edits: text typed before a mark moves it, a deleted word takes its mark away', () => {
    // Three characters typed at 8, then the word at 10–20 (now 13–23) deleted.
    const mapping = new Mapping([new StepMap([8, 0, 3]), new StepMap([13, 10, 0])]);
    expect(marksWithin(marks, mapping, 0, 100)).toEqual([
      { from: 1, to: 5, label: 0 },
      { from: 23, to: 28, label: 2 },
    ]);
  });

  it("finds the marks touching a range of the current text, the cursor at a word's end included", () => {
    const none = new Mapping();
    expect(marksWithin(marks, none, 12, 12)).toEqual([{ from: 10, to: 20, label: 1 }]);
    expect(marksWithin(marks, none, 20, 20)).toEqual([{ from: 10, to: 20, label: 1 }]);
    expect(marksWithin(marks, none, 6, 9)).toEqual([]);
    expect(marksWithin(marks, none, 4, 31)).toEqual([
      { from: 1, to: 5, label: 0 },
      { from: 10, to: 20, label: 1 },
      { from: 30, to: 35, label: 2 },
    ]);
    // After two characters typed at 0, the cursor at 14 is in the word now at 12–22.
    expect(marksWithin(marks, new Mapping([new StepMap([0, 0, 2])]), 14, 14)).toEqual([{ from: 12, to: 22, label: 1 }]);
  });
});
