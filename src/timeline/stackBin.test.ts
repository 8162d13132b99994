import { describe, expect, it } from 'vitest';
import { stackBin } from './stackBin';

describe('stackBin', () => {
  it('stacks each level by its share, no level at the bottom', () => {
    expect(stackBin([3, 1], 4, 40, 1)).toEqual([
      { rank: 0, y: 10, height: 30 },
      { rank: 1, y: 0, height: 10 },
    ]);
  });

  it('keeps a rare level visible, taking the room from the tallest slice, and fills the bar exactly', () => {
    const slices = stackBin([499, 0, 0, 0, 0, 1], 500, 60, 1);
    expect(slices.map((s) => s.rank)).toEqual([0, 5]);
    expect(slices[1]!.height).toBe(1);
    expect(slices[0]!.height + slices[1]!.height).toBeCloseTo(60);
    expect(slices[1]!.y).toBeCloseTo(0);
  });
});
