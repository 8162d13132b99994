import { describe, expect, it } from 'vitest';
import type { Milestone, Roadmap, TourStep } from '../dataset/schema';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { scrollToShow, stepFrame, type FrameChart } from './stepFrame';

const DAY = 86_400_000;
const step = (nodeId: string, window?: TourStep['window']): TourStep => ({ nodeId, headline: 'h', narration: 'n', notes: 'x', sources: ['src-a'], window });
const milestone = (id: string, date: string, initiative: string | null, title = id): Milestone => ({
  id,
  title,
  date,
  summary: 's',
  initiative,
  levels: [],
  sources: ['src-a'],
  confidence: 'primary',
});
// A long history: one lane of milestones from 1950 to 2020, one single day in 2025, and a context lane.
const roadmap: Roadmap = {
  ...fixtureRoadmap,
  milestones: [
    milestone('turing', '1950', 'codex', 'Turing'),
    milestone('perceptron', '1958', 'codex'),
    milestone('deep-blue', '1997-05-11', 'codex'),
    milestone('gpt-3', '2020-05-28', 'codex', 'GPT-3'),
    milestone('sora-day', '2025-05-16', 'sora', 'Sora day'),
    { ...milestone('report', '2024-07-11', null, 'Five levels reported'), levels: [{ levelId: 'level-2', basis: 'press-report', sources: ['src-a'] }] },
  ],
};
const chart: FrameChart = {
  full: { start: Date.UTC(1940, 0, 1), end: Date.UTC(2027, 0, 1) },
  plot: { left: 200, right: 1000, top: 30 },
  lanes: [
    { initiativeId: 'codex', y: 30, height: 140 },
    { initiativeId: 'sora', y: 170, height: 60 },
    { initiativeId: null, y: 230, height: 60 },
  ],
  labelChar: 12,
};
const px = (w: { start: number; end: number }, t: number) => chart.plot.left + ((t - w.start) / (w.end - w.start)) * 800;

describe('stepFrame', () => {
  it('frames a single day with margins, months of context and room for its label, and scrolls to its lane', () => {
    const { window, scroll } = stepFrame(step('sora-day'), roadmap, chart);
    const day = Date.UTC(2025, 4, 16);
    expect(window.end - window.start).toBeGreaterThanOrEqual(240 * DAY);
    expect(window.end - window.start).toBeLessThan(400 * DAY);
    // The dot sits inside the frame, clear of the left edge, with its label's width free to its right.
    expect(px(window, day) - chart.plot.left).toBeGreaterThan(60);
    expect(chart.plot.right - px(window, day + DAY)).toBeGreaterThan('Sora day'.length * 12);
    expect(scroll).toEqual({ chart: 'timeline', top: 170, bottom: 230 });
  });

  it('frames an initiative across decades, every milestone inside with margins', () => {
    const { window, scroll } = stepFrame(step('codex'), roadmap, chart);
    const first = Date.UTC(1950, 0, 1);
    const last = Date.UTC(2021, 0, 1);
    expect(window.start).toBeLessThan(first);
    expect(window.end).toBeGreaterThan(last);
    expect(px(window, first) - chart.plot.left).toBeGreaterThan(0.05 * 800);
    expect(window.end - window.start).toBeLessThanOrEqual(1.3 * (last - first));
    expect(scroll).toEqual({ chart: 'timeline', top: 30, bottom: 170 });
  });

  it('keeps the levels chart in view for a level, with the whole timeline', () => {
    expect(stepFrame(step('level-2'), roadmap, chart)).toEqual({ window: chart.full, scroll: { chart: 'roadmap' } });
  });

  it("takes the step's own window over the fit, from the start of its first date to the end of its last", () => {
    const { window } = stepFrame(step('turing', { start: '1950', end: '1979' }), roadmap, chart);
    expect(window).toEqual({ start: Date.UTC(1950, 0, 1), end: Date.UTC(1980, 0, 1) });
  });

  it('stays inside the full span: a step at the end of the data slides back in', () => {
    const { window } = stepFrame(step('sora-day'), roadmap, { ...chart, full: { start: chart.full.start, end: Date.UTC(2025, 6, 1) } });
    expect(window.end).toBe(Date.UTC(2025, 6, 1));
    expect(window.start).toBeLessThan(Date.UTC(2025, 4, 16));
  });
});

describe('scrollToShow', () => {
  const view = { current: 0, height: 700, cover: 40, max: 2000 };
  it('does not move when the band is already in view', () => {
    expect(scrollToShow({ top: 100, bottom: 600 }, view)).toBe(0);
  });
  it('scrolls just enough to show a band below the view, and keeps a band above it clear of the sticky axis', () => {
    expect(scrollToShow({ top: 900, bottom: 1100 }, view)).toBe(408);
    expect(scrollToShow({ top: 300, bottom: 400 }, { ...view, current: 500 })).toBe(252);
  });
  it('shows the top of a band taller than the view', () => {
    expect(scrollToShow({ top: 500, bottom: 1500 }, view)).toBe(452);
  });
});
