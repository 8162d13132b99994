import type { LaneBox } from './timelineTracks';
import type { DatePrecision } from '../dataset/roadmapDate';
import type { Tick } from './timelineTicks';

/** What a timeline layout is made of: the marks, bins and ticks of one frame, in pixels. */
export interface MilestoneMark {
  id: string;
  laneId: string;
  title: string;
  dateLabel: string;
  precision: DatePrecision;
  /** Centre of the mark, and for month/year precision the span it covers. */
  x: number;
  x1: number;
  x2: number;
  /** The drawn width: the span, but never thinner than a dot (day) or a short bar (month, year). */
  width: number;
  /** The drawn height: a dot's diameter, or a bar's thickness. */
  height: number;
  /** Where a title written beside the mark starts (or, anchored at its end, stops), just past its edge. */
  labelX: number;
  /** The label's row: the mark's own, or a neighbouring one when its own had no room. */
  labelY: number;
  labelAnchor: 'start' | 'end';
  /** One of the marks a tour step is about: drawn large, its title written in the larger type where it fits. */
  focus: boolean;
  /** Selected, linked to the selection, or highlighted: its title is written, shortened if need be, in bold. */
  emphasis: boolean;
  /** The text written beside it: the title, shortened only for a step's mark with no room for all of it. */
  label: string;
  y: number;
  /** 0 when the milestone touches no level. */
  levelRank: number;
  /** True when the title fits before the next mark in its row, so it can be written beside the mark. */
  showLabel: boolean;
}

/** Milestones too dense to draw one by one, drawn as one block with their count; zooming in splits it. */
export interface MilestoneBin {
  /** Stable while the zoom stays in the same detail level, so focus can stay on it. */
  id: string;
  laneId: string;
  laneLabel: string;
  /** The dates the bin covers. */
  start: number;
  end: number;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  count: number;
  /** How many of its milestones reach each level rank (index 0: no level); they add up to `count`. */
  levels: number[];
  /** Where its milestones sit in the lane's track (items from..to-1), for highlighting without copies. */
  track: number;
  from: number;
  to: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: LaneBox[];
  /** The milestones in view drawn one by one. */
  marks: MilestoneMark[];
  bins: MilestoneBin[];
  ticks: Tick[];
  todayX: number | null;
  /** Finest tick unit in view, so tests and the legend can say "years" or "months". */
  tickUnit: 'year' | 'month' | 'day';
  /** How many milestones the view shows, one by one or inside bins. */
  drawn: number;
}
