import { describe, expect, it } from 'vitest';
import { stackBin } from './stackBin';

const slices = (levels: number[], count: number, height: number, min: number) => {
  const out: { rank: number; y: number; height: number }[] = [];
  stackBin(levels, count, height, min, (rank, y, h) => out.push({ rank, y, height: h }));
  return out;
};

describe('stackBin', () => {
  it('stacks each level by its share, no level at the bottom', () => {
    expect(slices([3, 1], 4, 40, 1)).toEqual([
      { rank: 0, y: 10, height: 30 },
      { rank: 1, y: 0, height: 10 },
    ]);
  });

  it('keeps a rare level visible, taking the room from the tallest slice, and fills the bar exactly', () => {
    const out = slices([499, 0, 0, 0, 0, 1], 500, 60, 1);
    expect(out.map((s) => s.rank)).toEqual([0, 5]);
    expect(out[1]!.height).toBe(1);
    expect(out[0]!.height + out[1]!.height).toBeCloseTo(60);
    expect(out[1]!.y).toBeCloseTo(0);
  });
});
