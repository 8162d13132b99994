import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { utcMonth, utcYear } from 'd3-time';
import { parseRoadmapDate, formatRoadmapDate, type DatePrecision } from '../dataset/roadmapDate';
import type { Milestone } from '../dataset/schema';
import type { TimeWindow } from '../state/createAppStore';

export interface LaneInput {
  id: string;
  label: string;
  name: string;
  initiativeId: string | null;
}

export interface TimelineInput {
  milestones: readonly Milestone[];
  lanes: readonly LaneInput[];
  /** Rank of each level id, to colour a milestone by the highest level it touches. */
  levelRanks: ReadonlyMap<string, number>;
  window: TimeWindow;
  full: TimeWindow;
  width: number;
  today: number;
  /** Font size relative to the default 12px labels (the projector theme uses larger type). */
  textScale?: number;
}

export interface LaneBox extends LaneInput {
  y: number;
  height: number;
  /** Where the lane's label sits: a left column on wide screens, a header line on narrow ones. */
  labelX: number;
  labelY: number;
}

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
  /** Where a title written beside the mark starts, just past its right edge. */
  labelX: number;
  y: number;
  /** 0 when the milestone touches no level. */
  levelRank: number;
  visible: boolean;
  /** True when the title fits before the next mark in its row, so it can be written beside the mark. */
  showLabel: boolean;
}

export interface Tick {
  x: number;
  label: string;
  major: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: LaneBox[];
  marks: MilestoneMark[];
  ticks: Tick[];
  todayX: number | null;
  /** Finest tick unit in view, so tests and the legend can say "years" or "months". */
  tickUnit: 'year' | 'month' | 'day';
}

const ROW = 22;
const LANE_PAD = 10;
const AXIS = 30;
const MAX_ROWS = 4;
export const NARROW = 560;

/** Lanes, marks and axis ticks for a window of time: data and size in, positions out. */
export function timelineLayout(input: TimelineInput): TimelineLayout {
  const { width, window, full } = input;
  const narrow = width < NARROW;
  const left = narrow ? 8 : Math.round(132 * Math.max(1, (input.textScale ?? 1) * 0.95));
  const right = width - (narrow ? 8 : 16);
  const header = narrow ? 16 : 0;
  const x = scaleUtc().domain([window.start, window.end]).range([left, right]);
  // Rows are packed at the full window so marks keep their row while zooming.
  const fullX = scaleUtc().domain([full.start, full.end]).range([left, right]);
  const radius = narrow ? 5 : 6;
  const row = ROW * Math.min(input.textScale ?? 1, 1.4);

  const lanes: LaneBox[] = [];
  const marks: MilestoneMark[] = [];
  let y = AXIS;
  for (const lane of input.lanes) {
    const items = input.milestones
      .filter((m) => m.initiative === lane.initiativeId)
      .map((m) => ({ m, span: parseRoadmapDate(m.date) }))
      .sort((a, b) => a.span.start.getTime() - b.span.start.getTime());
    const rows = packRows(items.map(({ span }) => extent(fullX, span, radius)));
    const rowCount = Math.max(1, ...rows.map((r) => r + 1));
    const height = header + rowCount * row + LANE_PAD * 2;
    lanes.push({ ...lane, y, height, labelX: narrow ? left : 12, labelY: narrow ? y + 13 : y + height / 2 });
    items.forEach(({ m, span }, i) => {
      const [x1, x2] = span.precision === 'day' ? [x(span.start), x(span.start)] : [x(span.start), x(span.end)];
      const cx = span.precision === 'day' ? x1 : (x1 + x2) / 2;
      const width = Math.max(span.precision === 'day' ? 10 : 18, x2 - x1);
      marks.push({
        id: m.id,
        laneId: lane.id,
        title: m.title,
        dateLabel: formatRoadmapDate(m.date),
        precision: span.precision,
        x: cx,
        x1,
        x2,
        width,
        labelX: cx + Math.max(9, width / 2 + 4),
        y: y + header + LANE_PAD + (rows[i] ?? 0) * row + row / 2,
        levelRank: Math.max(0, ...m.levels.map((l) => input.levelRanks.get(l.levelId) ?? 0)),
        visible: x2 >= left - radius && x1 <= right + radius,
        showLabel: false,
      });
    });
    y += height;
  }

  placeLabels(marks, right, input.textScale ?? 1);
  const tickCount = Math.max(2, Math.floor((right - left) / (narrow ? 70 : 90)));
  const tickDates = x.ticks(tickCount);
  const isYear = (d: Date) => +utcYear.floor(d) === +d;
  const isMonth = (d: Date) => +utcMonth.floor(d) === +d;
  const tickUnit = tickDates.every(isYear) ? 'year' : tickDates.every(isMonth) ? 'month' : 'day';
  const ticks = tickDates.map((d) => ({ x: x(d), label: tickLabel(d), major: isYear(d) }));
  const todayX = input.today >= window.start && input.today <= window.end ? x(input.today) : null;
  return { width, height: y + 8, plot: { left, right, top: AXIS, bottom: y }, lanes, marks, ticks, todayX, tickUnit };
}

const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');
const formatDay = utcFormat('%-d %b');

function tickLabel(d: Date): string {
  if (+utcYear.floor(d) === +d) return formatYear(d);
  return +utcMonth.floor(d) === +d ? formatMonth(d) : formatDay(d);
}

function extent(x: (d: Date) => number, span: { start: Date; end: Date; precision: DatePrecision }, r: number): [number, number] {
  return span.precision === 'day' ? [x(span.start) - r, x(span.start) + r] : [x(span.start) - 2, Math.max(x(span.end), x(span.start) + 2 * r) + 2];
}

const LABEL_CHAR = 6.6;

/** Writes a title beside its mark only where it cannot run into the next mark of the same row. */
function placeLabels(marks: MilestoneMark[], right: number, textScale: number) {
  const rows = new Map<string, MilestoneMark[]>();
  for (const m of marks) {
    if (!m.visible) continue;
    const key = `${m.laneId}:${m.y}`;
    rows.set(key, [...(rows.get(key) ?? []), m]);
  }
  for (const row of rows.values()) {
    row.sort((a, b) => a.x1 - b.x1);
    row.forEach((m, i) => {
      const labelEnd = m.labelX + m.title.length * LABEL_CHAR * textScale;
      const next = row[i + 1];
      m.showLabel = labelEnd < right && (!next || labelEnd + 6 < next.x1 - 8);
    });
  }
}

/** Greedy interval packing: each item takes the first row it fits in, or the row that frees up soonest. */
export function packRows(extents: [number, number][], gap = 3): number[] {
  const rowEnds: number[] = [];
  return extents.map(([start, end]) => {
    let row = rowEnds.findIndex((e) => e + gap <= start);
    if (row === -1) {
      if (rowEnds.length < MAX_ROWS) row = rowEnds.length;
      else row = rowEnds.indexOf(Math.min(...rowEnds));
    }
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, end);
    return row;
  });
}
