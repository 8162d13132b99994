import { max, min } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { utcMonth, utcYear } from 'd3-time';
import { formatRoadmapDate, type DatePrecision } from '../dataset/roadmapDate';
import type { TimeWindow } from '../state/createAppStore';
import { timelineTracks, type LaneBox, type TimelineTracks, type TracksInput } from './timelineTracks';

export type { LaneBox, LaneInput } from './timelineTracks';
export { packRows, NARROW } from './timelineTracks';

export interface TimelineInput extends TracksInput {
  window: TimeWindow;
  today: number;
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
  /** The drawn height: a dot's diameter, or a bar's thickness. */
  height: number;
  /** Where a title written beside the mark starts (or, anchored at its end, stops), just past its edge. */
  labelX: number;
  labelAnchor: 'start' | 'end';
  /** One of the marks a tour step is about: drawn large, its title written in the larger type where it fits. */
  focus: boolean;
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

export interface Tick {
  /** The tick's date (epoch ms): its identity while the axis pans. */
  time: number;
  x: number;
  label: string;
  major: boolean;
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

const DAY = 86_400_000;
/** A tour step's marks: at least this many pixels across, so they read from the back of a room. */
export const FOCUS_MARK_PX = 24;
/** Pixels per character of a step mark's title (22px bold; capitals and digits run wide), to find it room. */
export const FOCUS_LABEL_CHAR = 14;
/** A mark takes about this many pixels; a lane whose marks would fill more than half its rows is drawn as bins. */
const MARK_PX = 24;
const BIN_PX = 24;

/** Lanes, marks and axis ticks for a window of time: data and size in, positions out. */
export function timelineLayout(input: TimelineInput): TimelineLayout {
  return timelineFrame(timelineTracks(input), input.window, input.today);
}

/**
 * One zoom frame: maps the tracks through the window's scale, visiting only the milestones in view.
 * Lanes with more marks than fit are drawn as bins of a power-of-two number of days, so a bin splits
 * in two each time the zoom doubles. `pinned` marks (the selection) are drawn one by one even inside a bin, and
 * `focus` marks (a tour step's) are drawn large with their titles.
 */
export function timelineFrame(t: TimelineTracks, window: TimeWindow, today: number, pinned?: ReadonlySet<string>, focus?: ReadonlySet<string>): TimelineLayout {
  const { left, right } = t.plot;
  const k = (right - left) / (window.end - window.start);
  const px = (time: number) => left + (time - window.start) * k;
  const padTime = (t.radius + 1) / k;
  const binDays = 2 ** Math.max(0, Math.ceil(Math.log2(BIN_PX / k / DAY)));
  const binMs = binDays * DAY;

  const marks: MilestoneMark[] = [];
  const bins: MilestoneBin[] = [];
  let drawn = 0;
  t.tracks.forEach((track, ti) => {
    const { items, starts, lane, levelPrefix } = track;
    const levelsOf = (a: number, b: number) => Array.from({ length: t.ranks }, (_, r) => levelPrefix[b * t.ranks + r]! - levelPrefix[a * t.ranks + r]!);
    const from = window.start - padTime;
    const to = window.end + padTime;
    // Whether a milestone reaches into the window (bars that began before it included).
    const shows = (i: number) => {
      const item = items[i]!;
      return item.start < to && (item.precision === 'day' ? item.start : item.end) >= from;
    };
    const hi = lowerBound(starts, to);
    if ((hi - lowerBound(starts, from)) * MARK_PX <= (right - left) * track.rowCount * 0.5) {
      // Sparse: every mark in view, including bars that began before the window.
      for (let i = lowerBound(starts, from - t.longestSpan); i < hi; i++) {
        if (!shows(i)) continue;
        marks.push(toMark(items[i]!, lane.id, px, focus));
        drawn++;
      }
      return;
    }
    // Dense: one bin per power-of-two stretch of days, its members found by binary search, so a frame
    // costs the bins in view, not the milestones. Small bins still get single marks.
    const firstBin = Math.floor(from / binMs) * binMs;
    let a = lowerBound(starts, firstBin);
    // Bars that began before the first bin but reach into view are drawn on their own, as in a sparse lane.
    for (let i = lowerBound(starts, from - t.longestSpan); i < a; i++) {
      if (!shows(i)) continue;
      marks.push(toMark(items[i]!, lane.id, px, focus));
      drawn++;
    }
    for (let key = Math.floor(from / binMs); key * binMs < to && a < items.length; key++) {
      const b = lowerBound(starts, (key + 1) * binMs, a);
      const n = b - a;
      if (n > 0 && n <= track.rowCount) {
        // A small bin at either edge of the window can hold milestones outside it: they get no mark.
        for (let i = a; i < b; i++) {
          if (!shows(i)) continue;
          marks.push(toMark(items[i]!, lane.id, px, focus));
          drawn++;
        }
      } else if (n > 0) {
        drawn += n;
        const start = key * binMs;
        bins.push({
          id: `bin:${lane.id}:${binDays}:${key}`,
          laneId: lane.id,
          laneLabel: lane.name,
          start,
          end: start + binMs,
          x1: Math.max(px(start), left - 4),
          x2: Math.min(px(start + binMs), right + 4),
          y1: lane.rowsTop,
          y2: lane.rowsBottom,
          count: n,
          levels: levelsOf(a, b),
          track: ti,
          from: a,
          to: b,
        });
        if (pinned) for (let i = a; i < b; i++) if (shows(i) && pinned.has(items[i]!.milestone.id)) marks.push(toMark(items[i]!, lane.id, px, focus));
      }
      a = b;
    }
  });

  placeLabels(marks, bins, left, right, t.textScale);
  const x = scaleUtc().domain([window.start, window.end]).range([left, right]);
  // Larger type needs ticks further apart, or the first one's year runs into the next.
  const tickCount = Math.max(2, Math.floor((right - left) / ((t.narrow ? 70 : 90) * Math.sqrt(t.textScale))));
  const tickDates = x.ticks(tickCount);
  const isYear = (d: Date) => +utcYear.floor(d) === +d;
  const isMonth = (d: Date) => +utcMonth.floor(d) === +d;
  const tickUnit = tickDates.every(isYear) ? 'year' : tickDates.every(isMonth) ? 'month' : 'day';
  // The first tick names its year too, so a view of a few months still says which year it is.
  const ticks = tickDates.map((d, i) => ({
    time: +d,
    x: x(d),
    label: i === 0 && !isYear(d) ? `${tickLabel(d)} ${formatYear(d)}` : tickLabel(d),
    major: isYear(d),
  }));
  const todayX = today >= window.start && today <= window.end ? x(today) : null;
  const lanes = t.tracks.map((tr) => tr.lane);
  return { width: t.width, height: t.height, plot: t.plot, lanes, marks, bins, ticks, todayX, tickUnit, drawn };
}

function toMark(
  item: TimelineTracks['tracks'][number]['items'][number],
  laneId: string,
  px: (t: number) => number,
  focusIds?: ReadonlySet<string>,
): MilestoneMark {
  const x1 = px(item.start);
  const x2 = item.precision === 'day' ? x1 : px(item.end);
  const cx = (x1 + x2) / 2;
  const m = item.milestone;
  const focus = focusIds?.has(m.id) ?? false;
  const day = item.precision === 'day';
  const width = Math.max(focus ? FOCUS_MARK_PX : day ? 10 : 18, x2 - x1);
  const height = focus ? FOCUS_MARK_PX : day ? 13 : 10;
  return {
    id: m.id,
    laneId,
    title: m.title,
    label: m.title,
    dateLabel: formatRoadmapDate(m.date),
    precision: item.precision,
    x: cx,
    x1,
    x2,
    width,
    height,
    labelX: cx + Math.max(9, width / 2 + 4),
    labelAnchor: 'start',
    focus,
    y: item.y,
    levelRank: item.levelRank,
    showLabel: false,
  };
}

/** First index (from `lo` on) whose value is ≥ `value`, in an ascending array. */
function lowerBound(values: Float64Array, value: number, lo = 0): number {
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');
const formatDay = utcFormat('%-d %b');

function tickLabel(d: Date): string {
  if (+utcYear.floor(d) === +d) return formatYear(d);
  return +utcMonth.floor(d) === +d ? formatMonth(d) : formatDay(d);
}

const LABEL_CHAR = 6.6;

/**
 * Writes a title beside its mark only where it cannot run into the next mark of its row or a bin. A tour step's
 * titles go first, to the right of their mark or else to its left, and the others give way to them.
 */
function placeLabels(marks: MilestoneMark[], bins: readonly MilestoneBin[], left: number, right: number, textScale: number) {
  const rows = new Map<string, MilestoneMark[]>();
  for (const m of marks) {
    const key = `${m.laneId}:${m.y}`;
    const row = rows.get(key);
    if (row) row.push(m);
    else rows.set(key, [m]);
  }
  const binStarts = new Map<string, number[]>();
  for (const b of bins) {
    const list = binStarts.get(b.laneId);
    if (list) list.push(b.x1);
    else binStarts.set(b.laneId, [b.x1]);
  }
  for (const row of rows.values()) {
    row.sort((a, b) => a.x1 - b.x1);
    // What a label may not cover: the step's marks, then the labels already written.
    const taken: [number, number][] = row.filter((m) => m.focus).map((m) => [m.x - m.width / 2, m.x + m.width / 2]);
    const free = (a: number, b: number) => a >= left - 8 && b <= right && !taken.some(([c, d]) => a < d + 8 && b > c - 8);
    for (const m of row) {
      if (!m.focus) continue;
      const gap = m.width / 2 + 10;
      const w = m.title.length * FOCUS_LABEL_CHAR;
      // A side where the title covers none of the other marks wins; then any side with room.
      const clear = (a: number, b: number) => free(a, b) && !row.some((o) => !o.focus && a < o.x + o.width / 2 + 2 && b > o.x - o.width / 2 - 2);
      const sides = [clear, free].flatMap((ok) => [ok(m.x + gap, m.x + gap + w) && 'start', ok(m.x - gap - w, m.x - gap) && 'end']);
      const side = sides.find((x): x is 'start' | 'end' => x !== false);
      if (side) {
        m.labelAnchor = side;
        taken.push(side === 'start' ? [m.x + gap, m.x + gap + w] : [m.x - gap - w, m.x - gap]);
      } else {
        // Too long for either side: shortened to the room on the roomier side, up to the next mark or label.
        const a = m.x + gap;
        const b = m.x - gap;
        // Room up to the nearest mark or label on each side (one that straddles the start leaves none).
        const after = Math.min(right, min(taken, ([c, d]) => (d > a ? c - 8 : undefined)) ?? right) - a;
        const before = b - Math.max(left - 8, max(taken, ([c, d]) => (c < b ? d + 8 : undefined)) ?? left - 8);
        const room = Math.max(after, before);
        // Short titles run wider per character than long ones (capitals, digits): a tenth to spare.
        const char = FOCUS_LABEL_CHAR * 1.1;
        // Fewer than a dozen characters would tell the room nothing.
        if (room < 12 * char) continue;
        m.label = shorten(m.title, Math.floor(room / char));
        const used = m.label.length * char;
        if (before > after) m.labelAnchor = 'end';
        taken.push(before > after ? [b - used, b] : [a, a + used]);
      }
      m.labelX = m.labelAnchor === 'start' ? m.x + gap : m.x - gap;
      m.showLabel = true;
    }
    const obstacles = binStarts.get(row[0]!.laneId) ?? [];
    row.forEach((m, i) => {
      if (m.focus) return;
      const labelEnd = m.labelX + m.title.length * LABEL_CHAR * textScale;
      const next = row[i + 1];
      const blocked = obstacles.some((x) => x > m.x && x < labelEnd + 6) || !free(m.labelX, labelEnd);
      m.showLabel = !blocked && labelEnd < right && (!next || labelEnd + 6 < next.x1 - 8);
    });
  }
}

/** Cuts a title to `chars` characters at a word break where it can, with an ellipsis. */
function shorten(title: string, chars: number): string {
  if (title.length <= chars) return title;
  const cut = title.slice(0, Math.max(1, chars - 1));
  const space = cut.lastIndexOf(' ');
  return `${space > chars / 2 ? cut.slice(0, space) : cut}…`;
}
