import { describe, expect, it } from 'vitest';
import { packRows, timelineFrame, timelineLayout, type LaneInput } from './timelineLayout';
import { timelineTracks } from './timelineTracks';
import { fullWindow } from './timeWindow';
import { parseRoadmapDate } from '../dataset/roadmapDate';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { fixtureLanes, fixtureLevelRanks, fixtureToday } from '../testing/fixtureLanes';

const lanes: LaneInput[] = fixtureLanes;
const today = fixtureToday;
const full = fullWindow(
  fixtureRoadmap.milestones.map((m) => parseRoadmapDate(m.date)),
  today,
);
const levelRanks = fixtureLevelRanks;
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

describe('timelineLayout at the shipped size', () => {
  it('keeps the shipped-size data as single marks', () => {
    expect(layoutAt().bins).toHaveLength(0);
  });
});
