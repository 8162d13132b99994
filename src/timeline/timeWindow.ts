import { extent } from 'd3-array';
import type { TimeWindow } from '../state/createAppStore';
import type { Milestone } from '../dataset/schema';
import { roadmapDateRange } from '../dataset/roadmapDate';

const DAY = 86_400_000;
/** Zooming stops at about two weeks across: finer than that the marks carry no more detail. */
export const MIN_SPAN = 14 * DAY;

type Span = { start: Date | number; end: Date | number };

/**
 * The earliest start and latest end of `spans` (and of `within`, when given), in one pass: spreading a dataset's
 * worth of values into Math.min overflows the stack past about 120,000 of them.
 */
export function spanOf(spans: Iterable<Span>, within: TimeWindow = { start: Infinity, end: -Infinity }): TimeWindow {
  let { start, end } = within;
  for (const s of spans) {
    start = Math.min(start, +s.start);
    end = Math.max(end, +s.end);
  }
  return { start, end };
}

/** The span the whole dataset needs: every milestone and today, with a little air on both sides. */
export function fullWindow(spans: readonly Span[], today: number): TimeWindow {
  const { start, end } = spanOf(spans, { start: today, end: today });
  const pad = Math.max((end - start) * 0.03, 30 * DAY);
  return { start: start - pad, end: end + pad };
}

/** The full window of a dataset: all its milestones, at the spans their dates stand for, and today. */
export function milestonesWindow(milestones: readonly Milestone[], today: number): TimeWindow {
  return fullWindow(
    milestones.map((m) => roadmapDateRange(m.date)),
    today,
  );
}

/** The opening window holds at least this share of the milestones. */
const OPENING_SHARE = 0.8;

/**
 * The window the timeline opens on: the shortest stretch that holds at least 80 % of the milestones (with close
 * neighbours at its ends, and today when it lies close after them), padded like the full window. A few early outliers would otherwise squeeze the
 * busy years into a corner; they stay a zoom-out away. The full window when the fit would not be much narrower.
 * @example openingWindow(milestones, today) // 2024-11..2026-12 for a dataset running 2019..2026
 */
export function openingWindow(milestones: readonly Milestone[], today: number): TimeWindow {
  const full = milestonesWindow(milestones, today);
  const spans = milestones.map((m) => roadmapDateRange(m.date)).sort((a, b) => a.start - b.start);
  const k = Math.ceil(spans.length * OPENING_SHARE);
  if (spans.length < 5) return full;
  let best = 0;
  for (let i = 1; i + k <= spans.length; i++) if (spans[i + k - 1]!.start - spans[i]!.start < spans[best + k - 1]!.start - spans[best]!.start) best = i;
  // Neighbours just beyond either end come in too, rather than sit cut off at the edge.
  let [a, b] = [best, best + k - 1];
  const near = (gap: number) => gap <= 0.1 * (spans[b]!.start - spans[a]!.start);
  while (a > 0 && near(spans[a]!.start - spans[a - 1]!.start)) a--;
  while (b + 1 < spans.length && near(spans[b + 1]!.start - spans[b]!.start)) b++;
  const densest = spanOf(spans.slice(a, b + 1));
  const start = densest.start;
  const end = today > densest.end && today - densest.end <= (densest.end - start) / 2 ? today : densest.end;
  const pad = Math.max((end - start) * 0.03, 30 * DAY);
  const fit = clampWindow({ start: start - pad, end: end + pad }, full);
  return fit.end - fit.start > 0.85 * (full.end - full.start) ? full : fit;
}

/** Whether two windows are the same, to within a millionth of the full span (what a zoom round trip loses). */
export function sameWindow(a: TimeWindow, b: TimeWindow, full: TimeWindow): boolean {
  const tolerance = (full.end - full.start) * 1e-6;
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
}

const MONTH = 30.44 * DAY;

/**
 * A window around some milestones, to move the timeline to them: their span with a margin (at least four months
 * a side, so a single one shows about a year around it), or null without milestones.
 */
export function windowAround(milestones: readonly Milestone[], full: TimeWindow): TimeWindow | null {
  if (!milestones.length) return null;
  const { start, end } = spanOf(milestones.map((m) => roadmapDateRange(m.date)));
  const pad = Math.max(4 * MONTH, (end - start) * 0.08);
  return clampWindow({ start: start - pad, end: end + pad }, full);
}

/** The first and last year the milestones' dates name, or null without milestones. */
export function milestoneYears(milestones: readonly Milestone[]): [number, number] | null {
  const [first, last] = extent(milestones, (m) => Number(m.date.slice(0, 4)));
  return first === undefined || last === undefined ? null : [first, last];
}

/** Keeps a window inside the full span and no narrower than MIN_SPAN, preserving its centre where it can. */
export function clampWindow(w: TimeWindow, full: TimeWindow): TimeWindow {
  const fullSpan = full.end - full.start;
  const span = Math.min(Math.max(w.end - w.start, Math.min(MIN_SPAN, fullSpan)), fullSpan);
  let start = (w.start + w.end) / 2 - span / 2;
  start = Math.min(Math.max(start, full.start), full.end - span);
  return { start, end: start + span };
}

/**
 * Zooms by `factor` (>1 in, <1 out) around `centre` (epoch ms; default the middle).
 * @example zoomWindow({ start: 0, end: 100 }, 2, { start: 0, end: 100 }) // { start: 25, end: 75 }
 */
export function zoomWindow(w: TimeWindow, factor: number, full: TimeWindow, centre = (w.start + w.end) / 2): TimeWindow {
  const start = centre - (centre - w.start) / factor;
  const end = centre + (w.end - centre) / factor;
  return clampWindow({ start, end }, full);
}

/**
 * Fits a window that came from outside (a link) to the data: slid inside the full span and at least
 * MIN_SPAN wide. A window that misses the data entirely gives way to the whole timeline.
 */
export function fitWindow(w: TimeWindow, full: TimeWindow): { window: TimeWindow | null; problem: 'outside' | 'narrow' | null } {
  if (w.end <= full.start || w.start >= full.end) return { window: null, problem: 'outside' };
  return { window: clampWindow(w, full), problem: w.end - w.start < MIN_SPAN ? 'narrow' : null };
}

/** Slides a window by `delta` milliseconds, staying inside the full span. */
export function panWindow(w: TimeWindow, delta: number, full: TimeWindow): TimeWindow {
  return clampWindow({ start: w.start + delta, end: w.end + delta }, full);
}

export function isFullWindow(w: TimeWindow, full: TimeWindow): boolean {
  return sameWindow(w, full, full);
}

/** A d3-zoom transform reduced to what an x-only zoom needs. */
export interface XTransform {
  k: number;
  x: number;
}

/** The dates visible through a zoom transform when the full window spans `width` pixels. */
export function windowFromTransform(t: XTransform, full: TimeWindow, width: number): TimeWindow {
  const msPerPx = (full.end - full.start) / width;
  return {
    start: full.start + (-t.x / t.k) * msPerPx,
    end: full.start + ((width - t.x) / t.k) * msPerPx,
  };
}

/** The zoom transform that shows `w`, the inverse of windowFromTransform. */
export function transformFromWindow(w: TimeWindow, full: TimeWindow, width: number): XTransform {
  const k = (full.end - full.start) / (w.end - w.start);
  const x = -((w.start - full.start) / (full.end - full.start)) * width * k;
  return { k, x };
}
