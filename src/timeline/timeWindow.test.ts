import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  fitWindow,
  fullWindow,
  isFullWindow,
  milestoneYears,
  MIN_SPAN,
  panWindow,
  spanOf,
  transformFromWindow,
  windowFromTransform,
  zoomWindow,
} from './timeWindow';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

const full = { start: 0, end: 1_000 * MIN_SPAN };

describe('timeWindow', () => {
  it('finds the span of spans and the years of milestones, or says there are none', () => {
    expect(
      spanOf([
        { start: 5, end: 9 },
        { start: 2, end: 4 },
      ]),
    ).toEqual({ start: 2, end: 9 });
    expect(spanOf([], { start: 3, end: 3 })).toEqual({ start: 3, end: 3 });
    expect(milestoneYears(fixtureRoadmap.milestones)).toEqual([2022, 2025]);
    expect(milestoneYears([])).toBeNull();
  });

  it('covers every span and today, padded', () => {
    const w = fullWindow([{ start: new Date(Date.UTC(2020, 0, 1)), end: new Date(Date.UTC(2020, 0, 2)) }], Date.UTC(2025, 0, 1));
    expect(w.start).toBeLessThan(Date.UTC(2020, 0, 1));
    expect(w.end).toBeGreaterThan(Date.UTC(2025, 0, 1));
  });

  it('zooms in and out around the centre and clamps to the full window', () => {
    const inW = zoomWindow(full, 2, full);
    expect(inW.end - inW.start).toBeCloseTo((full.end - full.start) / 2);
    expect((inW.start + inW.end) / 2).toBeCloseTo((full.start + full.end) / 2);
    expect(zoomWindow(inW, 0.1, full)).toEqual(full);
  });

  it('zooms around a given centre', () => {
    const w = zoomWindow(full, 4, full, full.start);
    expect(w.start).toBe(full.start);
    expect(w.end - w.start).toBeCloseTo((full.end - full.start) / 4);
  });

  it('never zooms narrower than the minimum span', () => {
    const w = zoomWindow(full, 1e9, full);
    expect(w.end - w.start).toBeCloseTo(MIN_SPAN);
  });

  it('slides a window that leaves the full span back inside it', () => {
    const span = 10 * MIN_SPAN;
    expect(clampWindow({ start: -5 * MIN_SPAN, end: 5 * MIN_SPAN }, full)).toEqual({ start: 0, end: span });
    expect(clampWindow({ start: full.end - 2 * MIN_SPAN, end: full.end + 8 * MIN_SPAN }, full)).toEqual({ start: full.end - span, end: full.end });
  });

  it('fits a linked window to the data, or gives it up when it misses the data', () => {
    expect(fitWindow({ start: -20 * MIN_SPAN, end: -10 * MIN_SPAN }, full)).toEqual({ window: null, problem: 'outside' });
    const narrow = fitWindow({ start: 10 * MIN_SPAN, end: 10.1 * MIN_SPAN }, full);
    expect(narrow.problem).toBe('narrow');
    expect((narrow.window?.end ?? 0) - (narrow.window?.start ?? 0)).toBeCloseTo(MIN_SPAN);
    expect(fitWindow({ start: 10 * MIN_SPAN, end: 20 * MIN_SPAN }, full)).toEqual({ window: { start: 10 * MIN_SPAN, end: 20 * MIN_SPAN }, problem: null });
  });

  it('pans a window and stops at the edges', () => {
    const w = { start: 100 * MIN_SPAN, end: 200 * MIN_SPAN };
    expect(panWindow(w, 50 * MIN_SPAN, full)).toEqual({ start: 150 * MIN_SPAN, end: 250 * MIN_SPAN });
    expect(panWindow(w, -500 * MIN_SPAN, full)).toEqual({ start: 0, end: 100 * MIN_SPAN });
  });

  it('round-trips windows and transforms', () => {
    const w = { start: 100 * MIN_SPAN, end: 300 * MIN_SPAN };
    const t = transformFromWindow(w, full, 800);
    expect(t.k).toBeCloseTo(5);
    const back = windowFromTransform(t, full, 800);
    expect(back.start).toBeCloseTo(w.start);
    expect(back.end).toBeCloseTo(w.end);
    expect(isFullWindow(windowFromTransform({ k: 1, x: 0 }, full, 800), full)).toBe(true);
    expect(isFullWindow(w, full)).toBe(false);
  });
});
