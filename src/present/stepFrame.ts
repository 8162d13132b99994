import { max, min } from 'd3-array';
import type { Roadmap, TourStep } from '../dataset/schema';
import { roadmapDateRange } from '../dataset/roadmapDate';
import { tourSubject } from '../dataset/tourSubject';
import type { TimeWindow } from '../state/createAppStore';
import { clampWindow } from '../timeline/timeWindow';

const DAY = 86_400_000;
/** The narrowest frame: around a single day the axis still names several months, and the year. */
const MIN_FRAME = 240 * DAY;
/** The share of the frame kept clear at each side, so edge marks never sit on the border. */
const MARGIN = 0.1;
/** A step's label never takes more of the plot than this (alone, or beside others); beyond it, it is shortened. */
const MAX_LABEL_SHARE = { alone: 0.72, shared: 0.45 };

/** What the fit needs of the timeline as drawn: its full span, its plot and where its lanes are. */
export interface FrameChart {
  full: TimeWindow;
  plot: { left: number; right: number; top: number };
  lanes: readonly { initiativeId: string | null; y: number; height: number }[];
  /** Pixels per character of a step's own label, to leave it room beside the last mark. */
  labelChar: number;
}

/** Where a step puts the charts: the timeline's window, and the band of the charts' column to bring into view. */
export interface StepFrame {
  window: TimeWindow;
  /** The levels chart (it is first in the column), or a band of the timeline in its own pixels, axis included. */
  scroll: { chart: 'roadmap' } | { chart: 'timeline'; top: number; bottom: number };
}

/**
 * Frames a tour step. A level keeps the levels chart in view, with the whole timeline below it.
 * Milestones are fitted with margins and room for the last one's label, at least MIN_FRAME wide, and the
 * column scrolls to their lanes. The step's own `window` wins over the fit.
 * @example stepFrame(tour[2], roadmap, chart).window // about eight months around a single day
 */
export function stepFrame(step: TourStep, roadmap: Roadmap, chart: FrameChart): StepFrame {
  const subject = tourSubject(roadmap, step.nodeId);
  const milestones = subject.kind === 'level' ? [] : subject.milestones;
  const own = step.window && { start: roadmapDateRange(step.window.start).start, end: roadmapDateRange(step.window.end).end };
  const window = clampWindow(own ?? fitMilestones(milestones, chart), chart.full);
  if (subject.kind === 'level') return { window, scroll: { chart: 'roadmap' } };
  const initiatives = new Set(milestones.map((m) => m.initiative ?? null));
  const lanes = chart.lanes.filter((l) => initiatives.has(l.initiativeId));
  if (!lanes.length) return { window, scroll: { chart: 'timeline', top: 0, bottom: chart.plot.top } };
  // The axis stays in sight on its own (it sticks to the top of the column while presenting).
  return { window, scroll: { chart: 'timeline', top: min(lanes, (l) => l.y)!, bottom: max(lanes, (l) => l.y + l.height)! } };
}

function fitMilestones(milestones: readonly { date: string; title: string }[], chart: FrameChart): TimeWindow {
  if (!milestones.length) return chart.full;
  const spans = milestones.map((m) => roadmapDateRange(m.date));
  const start = min(spans, (s) => s.start)!;
  const end = max(spans, (s) => s.end)!;
  const last = milestones[spans.findIndex((s) => s.end === end)]!;
  const plot = chart.plot.right - chart.plot.left;
  // The last mark's label to its right, as a share of the plot; the span then takes what is left.
  const label = Math.min(milestones.length > 1 ? MAX_LABEL_SHARE.shared : MAX_LABEL_SHARE.alone, (last.title.length * chart.labelChar + 24) / plot);
  const right = Math.max(MARGIN, label);
  const frame = Math.max(MIN_FRAME, (end - start) / (1 - MARGIN - right));
  // A frame widened to its minimum keeps the block of margin, marks and label centred.
  const before = (frame * (1 + MARGIN - right) - (end - start)) / 2;
  return { start: start - before, end: start - before + frame };
}

/**
 * The scroll position of the charts' column that shows `top`..`bottom` (column pixels) under a sticky strip of
 * `cover` pixels, moving as little as possible from `current`; a band taller than the view shows its top.
 */
export function scrollToShow(band: { top: number; bottom: number }, view: { current: number; height: number; cover: number; max: number }): number {
  const pad = 8;
  const lo = band.bottom + pad - view.height;
  const hi = band.top - view.cover - pad;
  const target = lo > hi ? hi : Math.min(Math.max(view.current, lo), hi);
  return Math.round(Math.min(Math.max(0, target), view.max));
}
