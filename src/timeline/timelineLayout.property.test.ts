import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { largeRoadmap } from '../testing/largeRoadmap';
import { allLanes } from '../state/selectors';
import { timelineFrame } from './timelineLayout';
import { packRows, timelineTracks } from './timelineTracks';
import { milestonesWindow, milestoneYears, spanOf, zoomWindow } from './timeWindow';

const TODAY = Date.UTC(2026, 0, 1);
const BIG = 300_000;

describe('the timeline layout at dataset sizes', () => {
  it('lays out up to 300,000 milestones over any number of lanes and levels, at any zoom', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: BIG }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: BIG }),
        fc.double({ min: 1, max: 4_096, noNaN: true }),
        fc.integer({ min: 200, max: 2_400 }),
        fc.integer(),
        (milestones, initiatives, levels, zoom, width, seed) => {
          const roadmap = largeRoadmap({ milestones, initiatives, levels, concerns: 3, sources: 3, cited: 1, seed });
          const full = milestonesWindow(roadmap.milestones, TODAY);
          const levelRanks = new Map(roadmap.levels.map((l) => [l.id, l.rank]));
          const tracks = timelineTracks({ milestones: roadmap.milestones, lanes: allLanes(roadmap), levelRanks, full, width });
          const frame = timelineFrame(tracks, zoomWindow(full, zoom, full), TODAY, new Set(['m-0']));
          expect(tracks.total).toBe(milestones);
          expect(frame.drawn).toBeLessThanOrEqual(milestones);
          expect(milestoneYears(roadmap.milestones)?.[0] ?? 1990).toBeGreaterThanOrEqual(1990);
        },
      ),
      // The largest size always runs, whatever the random cases are.
      { numRuns: 3, examples: [[BIG, 8, BIG, 64, 1440, 1]] },
    );
  }, 60_000);

  it('finds the span of 300,000 spans and packs as many marks into rows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: BIG }), fc.integer(), (n, seed) => {
        const starts = Float64Array.from({ length: n }, (_, i) => i * 3 + (seed % 7));
        const ends = starts.map((s) => s + 20);
        expect(packRows(starts, ends).length).toBe(n);
        const span = spanOf(Array.from(starts, (start, i) => ({ start, end: ends[i]! })));
        expect(span.start).toBe(n ? starts[0] : Infinity);
      }),
      { numRuns: 4, examples: [[BIG, 0]] },
    );
  });
});
