import { describe, expect, it } from 'vitest';
import { milestoneBounds, outsideWindow } from './outsideWindow';
import type { TimelineTracks } from './timelineTracks';

const item = (start: number, end: number, precision: 'day' | 'year' = 'day') => ({ start, end, precision });
const tracks = {
  total: 5,
  tracks: [{ items: [item(10, 11), item(50, 51), item(90, 91)] }, { items: [item(5, 60, 'year'), item(95, 96)] }],
} as unknown as TimelineTracks;

describe('outsideWindow', () => {
  it('counts the milestones wholly before and wholly after a window, a bar reaching into it counting as inside', () => {
    const b = milestoneBounds(tracks);
    expect(outsideWindow(b, { start: 40, end: 80 })).toEqual({ before: 1, after: 2 });
    expect(outsideWindow(b, { start: 0, end: 100 })).toEqual({ before: 0, after: 0 });
    expect(outsideWindow(b, { start: 70, end: 92 })).toEqual({ before: 3, after: 1 });
  });
});
