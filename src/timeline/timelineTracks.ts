import { max, minIndex } from 'd3-array';
import { roadmapDateRange, type DatePrecision, type DateRange } from '../dataset/roadmapDate';
import { LEVEL_COLORS } from '../ui/levelColors';
import type { Milestone } from '../dataset/schema';
import type { TimeWindow } from '../state/createAppStore';

export interface LaneInput {
  id: string;
  label: string;
  name: string;
  initiativeId: string | null;
}

export interface TracksInput {
  milestones: readonly Milestone[];
  lanes: readonly LaneInput[];
  /** Rank of each level id, to colour a milestone by the highest level it touches. */
  levelRanks: ReadonlyMap<string, number>;
  full: TimeWindow;
  width: number;
  /** Font size relative to the default 12px labels (the projector theme uses larger type). */
  textScale?: number;
}

export interface LaneBox extends LaneInput {
  y: number;
  height: number;
  /** Where the lane's label sits: a left column on wide screens, a header line on narrow ones. */
  labelX: number;
  labelY: number;
  /** The band where the lane's marks sit, below any header line. */
  rowsTop: number;
  rowsBottom: number;
}

/** One milestone placed in its lane: everything about it that does not depend on the zoom. */
export interface TrackItem {
  milestone: Milestone;
  start: number;
  end: number;
  precision: DatePrecision;
  y: number;
  /** 0 when the milestone touches no level. */
  levelRank: number;
}

export interface Track {
  lane: LaneBox;
  /** Sorted by start, so the marks in a window are found by binary search. */
  items: TrackItem[];
  starts: Float64Array;
  /**
   * How many of the first i items reach each level rank, at [i * ranks + rank] (rank 0: no level), so a bin's
   * mix of levels is two lookups per rank, however many milestones it holds.
   */
  levelPrefix: Uint32Array;
  rowCount: number;
}

export interface TimelineTracks {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  narrow: boolean;
  radius: number;
  textScale: number;
  /** The distance between two rows of a lane. */
  rowStep: number;
  tracks: Track[];
  /** The longest span a mark covers (a year), so a window search can start early enough. */
  longestSpan: number;
  /** How many milestones the lanes hold in all. */
  total: number;
  /**
   * Level ranks counted in `levelPrefix`: 0 (no level) up to the highest rank, at most the palette's last colour;
   * higher ranks count there, as their marks take that colour. A dataset's ranks cannot make the counts huge.
   */
  ranks: number;
}

/** The timeline's type while presenting, against its usual 12px labels. */
export const PRESENT_TEXT_SCALE = 1.7;

const ROW = 22;
const LANE_PAD = 10;
const AXIS = 30;
const MAX_ROWS = 4;
export const NARROW = 560;

/**
 * The part of the timeline layout that zooming never changes: lanes, rows and each milestone's span.
 * It runs once per dataset, size and type scale; a zoom frame only maps these spans through a new scale.
 */
export function timelineTracks(input: TracksInput): TimelineTracks {
  const { width, full } = input;
  const textScale = input.textScale ?? 1;
  const narrow = width < NARROW;
  const left = narrow ? 8 : Math.round(132 * Math.max(1, textScale * 0.95));
  const right = width - (narrow ? 8 : 16);
  const header = narrow ? 16 : 0;
  // Rows are packed at the full window so marks keep their row while zooming.
  const k = (right - left) / (full.end - full.start);
  const fullX = (time: number) => left + (time - full.start) * k;
  const radius = narrow ? 5 : 6;
  const row = ROW * Math.min(textScale, 1.4);
  const ranks = Math.min(Math.max(0, max(input.levelRanks.values()) ?? 0), LEVEL_COLORS.length - 1) + 1;

  const byInitiative = new Map<string | null, Milestone[]>();
  for (const m of input.milestones) {
    const list = byInitiative.get(m.initiative ?? null);
    if (list) list.push(m);
    else byInitiative.set(m.initiative ?? null, [m]);
  }

  const tracks: Track[] = [];
  let longestSpan = 0;
  let total = 0;
  let y = AXIS;
  for (const lane of input.lanes) {
    const items = byStart(byInitiative.get(lane.initiativeId) ?? []);
    // Indexed loops over typed arrays: this runs once per milestone, usually before the engine has optimised it.
    const x1 = new Float64Array(items.length);
    const x2 = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const { start, end, precision } = items[i]!.span;
      const from = fullX(start);
      x1[i] = precision === 'day' ? from - radius : from - 2;
      x2[i] = precision === 'day' ? from + radius : Math.max(fullX(end), from + 2 * radius) + 2;
    }
    const rows = packRows(x1, x2);
    let rowCount = 1;
    for (const r of rows) rowCount = Math.max(rowCount, r + 1);
    const height = header + rowCount * row + LANE_PAD * 2;
    const rowsTop = y + header + LANE_PAD;
    const box: LaneBox = {
      ...lane,
      y,
      height,
      labelX: narrow ? left : 12,
      labelY: narrow ? y + 13 : y + height / 2,
      rowsTop,
      rowsBottom: rowsTop + rowCount * row,
    };
    // One pass fills the items, their starts and the level counts: this loop runs for every milestone.
    const placed: TrackItem[] = [];
    const starts = new Float64Array(items.length);
    const levelPrefix = new Uint32Array((items.length + 1) * ranks);
    for (let i = 0; i < items.length; i++) {
      const { m, span } = items[i]!;
      let levelRank = 0;
      for (const l of m.levels) levelRank = Math.max(levelRank, input.levelRanks.get(l.levelId) ?? 0);
      longestSpan = Math.max(longestSpan, span.end - span.start);
      placed.push({
        milestone: m,
        start: span.start,
        end: span.end,
        precision: span.precision,
        y: rowsTop + (rows[i] ?? 0) * row + row / 2,
        levelRank,
      });
      starts[i] = span.start;
      const at = (i + 1) * ranks;
      for (let r = 0; r < ranks; r++) levelPrefix[at + r] = levelPrefix[at - ranks + r]!;
      levelPrefix[at + Math.min(levelRank, ranks - 1)]!++;
    }
    total += placed.length;
    tracks.push({ lane: box, items: placed, starts, levelPrefix, rowCount });
    y += height;
  }
  // Below the lanes, a strip for the Today label and the hints at the window's edges (touch-sized on phones).
  return {
    width,
    height: y + (narrow ? 50 : 26),
    plot: { left, right, top: AXIS, bottom: y },
    narrow,
    radius,
    textScale,
    rowStep: row,
    tracks,
    longestSpan,
    total,
    ranks,
  };
}

const DAY = 86_400_000;
const SLOTS = 2 ** 21;

/**
 * A lane's milestones with their spans, sorted by start, equal starts in dataset order. Each gets one number,
 * its start in whole days (every span starts at midnight UTC) then its position, which a typed array sorts
 * natively: a comparator over objects was the slowest part of this layout.
 */
function byStart(list: readonly Milestone[]): { m: Milestone; span: DateRange }[] {
  const spans = list.map((m) => roadmapDateRange(m.date));
  const at = (i: number) => ({ m: list[i]!, span: spans[i]! });
  if (list.length >= SLOTS) return list.map((_, i) => at(i)).sort((a, b) => a.span.start - b.span.start);
  const keys = Float64Array.from(spans, (span, i) => (span.start / DAY) * SLOTS + i);
  keys.sort();
  return Array.from(keys, (key) => at(key - Math.floor(key / SLOTS) * SLOTS));
}

/**
 * Greedy interval packing of items i from starts[i] to ends[i], in order of start: each takes the first row it
 * fits in, or the row that frees up soonest. Rows never exceed MAX_ROWS.
 */
export function packRows(starts: Float64Array, ends: Float64Array, gap = 3): Uint8Array {
  const rowEnds: number[] = [];
  const rows = new Uint8Array(starts.length);
  for (let i = 0; i < starts.length; i++) {
    let row = -1;
    for (let r = 0; r < rowEnds.length; r++) {
      if (rowEnds[r]! + gap <= starts[i]!) {
        row = r;
        break;
      }
    }
    if (row === -1) {
      if (rowEnds.length < MAX_ROWS) row = rowEnds.length;
      else row = minIndex(rowEnds);
    }
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, ends[i]!);
    rows[i] = row;
  }
  return rows;
}
