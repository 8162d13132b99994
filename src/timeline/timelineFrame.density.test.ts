import { describe, expect, it } from 'vitest';
import { timelineFrame, type LaneInput } from './timelineLayout';
import { timelineTracks } from './timelineTracks';
import { fullWindow } from './timeWindow';
import { parseRoadmapDate } from '../dataset/roadmapDate';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { fixtureLanes, fixtureLevelRanks, fixtureToday } from '../testing/fixtureLanes';

const lanes: LaneInput[] = fixtureLanes;
const today = fixtureToday;
const levelRanks = fixtureLevelRanks;

describe('timelineFrame at high density', () => {
  const base = fixtureRoadmap.milestones[1]!;
  const dense = Array.from({ length: 2000 }, (_, i) => {
    const d = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000);
    return { ...base, id: `m${i}`, date: d.toISOString().slice(0, 10) };
  });
  const denseFull = fullWindow(
    dense.map((m) => parseRoadmapDate(m.date)),
    today,
  );
  const tracks = timelineTracks({ milestones: dense, lanes, levelRanks, full: denseFull, width: 1000 });
  const frame = (w = denseFull, pinned?: Set<string>) => timelineFrame(tracks, w, today, pinned);

  it('groups a dense lane into bins that still count every milestone', () => {
    const f = frame();
    expect(f.bins.length).toBeGreaterThan(10);
    expect(f.marks.length).toBeLessThan(50);
    expect(f.drawn).toBe(2000);
    expect(f.bins.reduce((n, b) => n + b.count, 0) + f.marks.length).toBe(2000);
    for (const b of f.bins) expect(b.laneId).toBe('codex');
  });

  it('counts the levels each bin reaches, adding up to its count', () => {
    // Every third milestone touches no level, so the bins hold a mix.
    const mixed = dense.map((m, i) => (i % 3 ? m : { ...m, levels: [] }));
    const mixedTracks = timelineTracks({ milestones: mixed, lanes, levelRanks, full: denseFull, width: 1000 });
    const f = timelineFrame(mixedTracks, denseFull, today);
    const rank = Math.max(...base.levels.map((l) => levelRanks.get(l.levelId) ?? 0));
    expect(rank).toBeGreaterThan(0);
    expect(f.bins.length).toBeGreaterThan(10);
    for (const b of f.bins) {
      expect(b.levels.reduce((n, c) => n + c, 0)).toBe(b.count);
      const members = mixedTracks.tracks[b.track]!.items.slice(b.from, b.to);
      expect(b.levels[0]).toBe(members.filter((m) => m.levelRank === 0).length);
      expect(b.levels[rank]).toBe(members.filter((m) => m.levelRank === rank).length);
      expect(b.levels[0]).toBeGreaterThan(0);
    }
  });

  it('counts ranks beyond the palette with its last colour, so a huge rank cannot make the counts huge', () => {
    const farRanks = new Map([...levelRanks].map(([id]) => [id, 1_000_000]));
    const far = timelineTracks({ milestones: dense, lanes, levelRanks: farRanks, full: denseFull, width: 1000 });
    expect(far.ranks).toBe(6);
    const f = timelineFrame(far, denseFull, today);
    for (const b of f.bins) expect(b.levels).toEqual([0, 0, 0, 0, 0, b.count]);
  });

  it('splits bins as the zoom grows and draws single marks once they fit', () => {
    const mid = Date.UTC(2022, 6, 1);
    const at = (days: number) => frame({ start: mid - days * 43_200_000, end: mid + days * 43_200_000 });
    const wide = at(400);
    const narrow = at(200);
    const binDays = (f: typeof wide) => Number(f.bins[0]?.id.split(':')[2]);
    expect(binDays(narrow)).toBe(binDays(wide) / 2);
    const close = at(40);
    expect(close.bins).toHaveLength(0);
    expect(close.marks.length).toBe(close.drawn);
    expect(close.drawn).toBeGreaterThan(35);
  });

  it('draws the selected milestone on its own even inside a bin', () => {
    expect(frame().marks.map((m) => m.id)).not.toContain('m1000');
    expect(frame(denseFull, new Set(['m1000'])).marks.map((m) => m.id)).toContain('m1000');
  });

  it('still draws a year-long bar that began before the dense stretch in view', () => {
    const withYear = [...dense, { ...base, id: 'year-2021', date: '2021' }];
    const yearTracks = timelineTracks({ milestones: withYear, lanes, levelRanks, full: denseFull, width: 1000 });
    const f = timelineFrame(yearTracks, { start: Date.UTC(2021, 2, 1), end: Date.UTC(2022, 1, 1) }, today);
    expect(f.bins.length).toBeGreaterThan(0);
    expect(f.marks.map((m) => m.id)).toContain('year-2021');
    expect(f.drawn).toBe(f.marks.length + f.bins.reduce((n, b) => n + b.count, 0));
  });

  it('gives no mark to a milestone outside the window, even in a small bin at its edge or when selected', () => {
    const pad = tracks.radius + 1;
    const everySelected = new Set(dense.map((m) => m.id));
    let checked = 0;
    for (const days of [3, 9, 30, 75, 160, 400, 900]) {
      for (let offset = 0; offset < 7; offset++) {
        const start = Date.UTC(2021, 4, 1) + offset * 37_000_000;
        const f = frame({ start, end: start + days * 86_400_000 }, offset % 2 ? everySelected : undefined);
        for (const m of f.marks) {
          const [from, to] = m.precision === 'day' ? [m.x, m.x] : [m.x1, m.x2];
          expect(to, `${m.id} at ${days} days`).toBeGreaterThanOrEqual(f.plot.left - pad);
          expect(from, `${m.id} at ${days} days`).toBeLessThanOrEqual(f.plot.right + pad);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
