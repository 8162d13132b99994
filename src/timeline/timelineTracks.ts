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
  const ranks = Math.min(Math.max(0, ...input.levelRanks.values()), LEVEL_COLORS.length - 1) + 1;

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
    const items = (byInitiative.get(lane.initiativeId) ?? [])
      .map((m) => ({ m, span: roadmapDateRange(m.date) }))
      .sort((a, b) => a.span.start - b.span.start);
    const rows = packRows(items.map(({ span }) => extent(fullX, span, radius)));
    const rowCount = rows.reduce((n, r) => Math.max(n, r + 1), 1);
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
    const placed = items.map(({ m, span }, i): TrackItem => {
      longestSpan = Math.max(longestSpan, span.end - span.start);
      return {
        milestone: m,
        start: span.start,
        end: span.end,
        precision: span.precision,
        y: rowsTop + (rows[i] ?? 0) * row + row / 2,
        levelRank: m.levels.reduce((best, l) => Math.max(best, input.levelRanks.get(l.levelId) ?? 0), 0),
      };
    });
    total += placed.length;
    const levelPrefix = new Uint32Array((placed.length + 1) * ranks);
    placed.forEach((p, i) => {
      levelPrefix.copyWithin((i + 1) * ranks, i * ranks, (i + 1) * ranks);
      levelPrefix[(i + 1) * ranks + Math.min(p.levelRank, ranks - 1)]!++;
    });
    tracks.push({ lane: box, items: placed, starts: Float64Array.from(placed, (p) => p.start), levelPrefix, rowCount });
    y += height;
  }
  return { width, height: y + 8, plot: { left, right, top: AXIS, bottom: y }, narrow, radius, textScale, tracks, longestSpan, total, ranks };
}

function extent(x: (time: number) => number, span: DateRange, r: number): [number, number] {
  return span.precision === 'day' ? [x(span.start) - r, x(span.start) + r] : [x(span.start) - 2, Math.max(x(span.end), x(span.start) + 2 * r) + 2];
}

/** Greedy interval packing: each item takes the first row it fits in, or the row that frees up soonest. */
export function packRows(extents: [number, number][], gap = 3): number[] {
  const rowEnds: number[] = [];
  return extents.map(([start, end]) => {
    let row = -1;
    for (let r = 0; r < rowEnds.length; r++) {
      if ((rowEnds[r] ?? Infinity) + gap <= start) {
        row = r;
        break;
      }
    }
    if (row === -1) {
      if (rowEnds.length < MAX_ROWS) row = rowEnds.length;
      else row = rowEnds.indexOf(Math.min(...rowEnds));
    }
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, end);
    return row;
  });
}
