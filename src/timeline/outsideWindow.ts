import { bisectLeft, bisectRight } from 'd3-array';
import type { TimeWindow } from '../state/createAppStore';
import type { TimelineTracks } from './timelineTracks';

/** Every drawn milestone's start and end, each sorted, so counting those outside a window is two binary searches. */
export interface MilestoneBounds {
  starts: Float64Array;
  ends: Float64Array;
}

export function milestoneBounds(t: TimelineTracks): MilestoneBounds {
  const starts = new Float64Array(t.total);
  const ends = new Float64Array(t.total);
  let i = 0;
  for (const track of t.tracks)
    for (const item of track.items) {
      starts[i] = item.start;
      ends[i++] = item.precision === 'day' ? item.start : item.end;
    }
  return { starts: starts.subarray(0, i).sort(), ends: ends.subarray(0, i).sort() };
}

/**
 * How many milestones lie wholly before and after a window: what the hints at its edges offer to bring into view.
 * @example outsideWindow(bounds, { start: Date.UTC(2024, 0), end: Date.UTC(2027, 0) }) // { before: 9, after: 0 }
 */
export function outsideWindow(b: MilestoneBounds, w: TimeWindow): { before: number; after: number } {
  return { before: bisectLeft(b.ends, w.start), after: b.starts.length - bisectRight(b.starts, w.end) };
}
