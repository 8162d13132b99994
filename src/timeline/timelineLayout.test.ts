import { describe, expect, it } from 'vitest';
import { packRows, timelineFrame, timelineLayout, type LaneInput } from './timelineLayout';
import { timelineTracks } from './timelineTracks';
import { fullWindow } from './timeWindow';
import { parseRoadmapDate } from '../dataset/roadmapDate';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

const lanes: LaneInput[] = [
  { id: 'codex', label: 'Codex', name: 'Codex', initiativeId: 'codex' },
  { id: 'sora', label: 'Sora', name: 'Sora', initiativeId: 'sora' },
  { id: 'context', label: 'Context', name: 'Context', initiativeId: null },
];
const today = Date.UTC(2026, 10, 24);
const full = fullWindow(
  fixtureRoadmap.milestones.map((m) => parseRoadmapDate(m.date)),
  today,
);
const levelRanks = new Map(fixtureRoadmap.levels.map((l) => [l.id, l.rank]));
const layoutAt = (window = full, width = 1000) => timelineLayout({ milestones: fixtureRoadmap.milestones, lanes, levelRanks, window, full, width, today });

describe('timelineLayout', () => {
  it('puts every milestone in its lane, the context lane included', () => {
    const l = layoutAt();
    expect(l.lanes.map((x) => x.id)).toEqual(['codex', 'sora', 'context']);
    const laneOf = Object.fromEntries(l.marks.map((m) => [m.id, m.laneId]));
    expect(laneOf).toEqual({ 'codex-launch': 'codex', 'sora-launch': 'sora', 'chat-launch': 'context' });
    for (const m of l.marks) {
      const lane = l.lanes.find((x) => x.id === m.laneId);
      expect(m.y).toBeGreaterThan(lane?.y ?? Infinity);
      expect(m.y).toBeLessThan((lane?.y ?? 0) + (lane?.height ?? 0));
    }
  });

  it('orders marks by date along x and keeps them inside the plot', () => {
    const l = layoutAt();
    const x = Object.fromEntries(l.marks.map((m) => [m.id, m.x]));
    expect(x['chat-launch']).toBeLessThan(x['sora-launch'] ?? 0);
    expect(x['sora-launch']).toBeLessThan(x['codex-launch'] ?? 0);
    expect(l.marks).toHaveLength(3);
    for (const m of l.marks) {
      expect(m.x).toBeGreaterThanOrEqual(l.plot.left);
      expect(m.x).toBeLessThanOrEqual(l.plot.right);
    }
  });

  it('draws a month-precision milestone as a span of that month', () => {
    const sora = layoutAt().marks.find((m) => m.id === 'sora-launch');
    expect(sora?.precision).toBe('month');
    expect((sora?.x2 ?? 0) - (sora?.x1 ?? 0)).toBeGreaterThan(0);
    expect(sora?.dateLabel).toBe('December 2024');
    // Drawn at least as a short bar, with its title starting past the bar's right edge.
    expect(sora?.width).toBeGreaterThanOrEqual(18);
    expect(sora?.labelX).toBeGreaterThan((sora?.x ?? 0) + (sora?.width ?? 0) / 2);
  });

  it('colours a milestone by the highest level it touches', () => {
    const l = layoutAt();
    expect(l.marks.find((m) => m.id === 'codex-launch')?.levelRank).toBe(3);
    expect(l.marks.find((m) => m.id === 'sora-launch')?.levelRank).toBe(0);
  });

  it('ticks in years when zoomed out and in months when zoomed in', () => {
    expect(layoutAt(full, 500).tickUnit).toBe('year');
    const zoomed = layoutAt({ start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 6, 1) });
    expect(zoomed.tickUnit).toBe('month');
    expect(zoomed.ticks.map((t) => t.label)).toContain('Mar');
  });

  it('names the year on the first tick of a view without a year tick', () => {
    const labels = layoutAt({ start: Date.UTC(2025, 1, 10), end: Date.UTC(2025, 8, 1) }).ticks.map((t) => t.label);
    expect(labels[0]).toBe('Mar 2025');
    expect(labels[1]).toBe('Apr');
    expect(layoutAt(full, 500).ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });

  it("never lets a tour step's titles overlap, shortening or dropping those without room", () => {
    const base = fixtureRoadmap.milestones[1]!;
    const crowd = ['2025-01-15', '2025-06-15', '2025-11-15'].map((date, i) => ({
      ...base,
      id: `m-${i}`,
      date,
      title: `Milestone with a title ${i}`,
    }));
    const tracks = timelineTracks({ milestones: crowd, lanes, levelRanks, full, width: 1000, textScale: 1.7 });
    const focus = new Set(crowd.map((m) => m.id));
    const marks = timelineFrame(tracks, { start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) }, today, focus, focus).marks;
    const spans = marks
      .filter((m) => m.showLabel)
      .map((m) => {
        const w = m.label.length * 13;
        return { y: m.y, a: m.labelAnchor === 'start' ? m.labelX : m.labelX - w, b: m.labelAnchor === 'start' ? m.labelX + w : m.labelX };
      });
    expect(spans.length).toBeGreaterThan(1);
    for (const p of spans) for (const q of spans) if (p !== q && p.y === q.y) expect(p.b <= q.a || q.b <= p.a).toBe(true);
    expect(marks.some((m) => m.showLabel && m.label.endsWith('…'))).toBe(true);
  });

  it("draws a tour step's marks large and writes their titles, on the left when the right has no room", () => {
    const tracks = timelineTracks({ milestones: fixtureRoadmap.milestones, lanes, levelRanks, full, width: 1000, textScale: 1.7 });
    const focus = new Set(['codex-launch']);
    const plain = timelineFrame(tracks, { start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) }, today).marks.find((m) => m.id === 'codex-launch')!;
    const early = timelineFrame(tracks, { start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) }, today, focus, focus).marks.find(
      (m) => m.id === 'codex-launch',
    )!;
    expect(plain).toMatchObject({ focus: false, height: 13 });
    expect(early).toMatchObject({ focus: true, width: 24, height: 24, showLabel: true, labelAnchor: 'start', label: 'Codex launched' });
    expect(early.labelX).toBeGreaterThan(early.x + 12);
    // At the right edge of the view the title goes to the mark's left.
    const late = timelineFrame(tracks, { start: Date.UTC(2024, 6, 1), end: Date.UTC(2025, 4, 25) }, today, focus, focus).marks.find(
      (m) => m.id === 'codex-launch',
    )!;
    expect(late).toMatchObject({ showLabel: true, labelAnchor: 'end' });
    expect(late.labelX).toBeLessThan(late.x - 12);
  });

  it('hides marks outside the window and places today only when in view', () => {
    const zoomed = layoutAt({ start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 6, 1) });
    expect(zoomed.marks.map((m) => m.id)).not.toContain('chat-launch');
    expect(zoomed.marks.map((m) => m.id)).toContain('codex-launch');
    expect(zoomed.drawn).toBe(zoomed.marks.length);
    expect(zoomed.todayX).toBeNull();
    expect(layoutAt().todayX).not.toBeNull();
  });

  it('writes fewer labels, and leaves more room for lane names, when the type is larger', () => {
    const zoomed = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2026, 0, 1) };
    const normal = timelineLayout({ milestones: fixtureRoadmap.milestones, lanes, levelRanks, window: zoomed, full, width: 420, today });
    const big = timelineLayout({ milestones: fixtureRoadmap.milestones, lanes, levelRanks, window: zoomed, full, width: 700, today, textScale: 3 });
    expect(big.plot.left).toBeGreaterThan(normal.plot.left);
    expect(big.marks.filter((m) => m.showLabel).length).toBeLessThanOrEqual(
      timelineLayout({ milestones: fixtureRoadmap.milestones, lanes, levelRanks, window: zoomed, full, width: 700, today }).marks.filter((m) => m.showLabel)
        .length,
    );
  });

  it('moves lane labels above the marks on narrow screens', () => {
    const narrow = layoutAt(full, 360);
    expect(narrow.plot.left).toBeLessThan(20);
    expect(narrow.lanes[0]?.labelY).toBe((narrow.lanes[0]?.y ?? 0) + 13);
  });
});

describe('packRows', () => {
  it('puts overlapping items on new rows and reuses freed rows', () => {
    expect([...packRows(Float64Array.of(0, 5, 20, 22), Float64Array.of(10, 15, 30, 40))]).toEqual([0, 1, 0, 1]);
  });
  it('caps the rows and then reuses the row that frees up first', () => {
    expect([...packRows(Float64Array.of(0, 0, 0, 0, 1), Float64Array.of(50, 40, 30, 20, 5))]).toEqual([0, 1, 2, 3, 3]);
  });
});

describe('timelineTracks order', () => {
  it('sorts each lane by start, keeping dataset order for equal starts, before 1970 too', () => {
    const base = fixtureRoadmap.milestones[1]!;
    const dates = ['2025-05-16', '1969-12-31', '2025-05', '1900-01-01', '2025-05-16', '2025', '1969-12-31', '2025-05-01', '1970-01-01', '2024-12-31'];
    const list = Array.from({ length: 300 }, (_, i) => ({ ...base, id: `m${i}`, date: dates[(i * 7) % dates.length]! }));
    const full = fullWindow(
      list.map((m) => parseRoadmapDate(m.date)),
      today,
    );
    const tracks = timelineTracks({ milestones: list, lanes, levelRanks, full, width: 1000 });
    const expected = [...list].sort((a, b) => parseRoadmapDate(a.date).start.getTime() - parseRoadmapDate(b.date).start.getTime());
    const codex = tracks.tracks.find((t) => t.lane.id === lanes.find((l) => l.initiativeId === 'codex')!.id)!;
    expect(codex.items.map((item) => item.milestone.id)).toEqual(expected.map((m) => m.id));
    expect([...codex.starts]).toEqual(codex.items.map((item) => item.start));
  });
});

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

  it('keeps the shipped-size data as single marks', () => {
    expect(layoutAt().bins).toHaveLength(0);
  });
});
