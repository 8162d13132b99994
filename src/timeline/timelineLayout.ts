import { formatMilestoneDate } from '../i18n/format';
import type { TimeWindow } from '../state/createAppStore';
import type { Language } from '../i18n/languages';
import { timelineTracks, type TimelineTracks, type TracksInput } from './timelineTracks';
import { placeLabels } from './placeLabels';
import { timelineTicks } from './timelineTicks';
import type { MilestoneBin, MilestoneMark, TimelineLayout } from './timelineShapes';

export type { MilestoneBin, MilestoneMark, TimelineLayout } from './timelineShapes';
export type { Tick } from './timelineTicks';
export { FOCUS_LABEL_CHAR } from './placeLabels';

export type { LaneBox, LaneInput } from './timelineTracks';
export { packRows, NARROW } from './timelineTracks';

export interface TimelineInput extends TracksInput {
  window: TimeWindow;
  today: number;
  language?: Language;
}

const DAY = 86_400_000;
/** A tour step's marks: at least this many pixels across, so they read from the back of a room. */
export const FOCUS_MARK_PX = 24;
/** A mark takes about this many pixels; a lane whose marks would fill more than half its rows is drawn as bins. */
const MARK_PX = 24;
const BIN_PX = 24;

/** Lanes, marks and axis ticks for a window of time: data and size in, positions out. */
export function timelineLayout(input: TimelineInput): TimelineLayout {
  return timelineFrame(timelineTracks(input), input.window, input.today, undefined, undefined, undefined, input.language);
}

/**
 * One zoom frame: maps the tracks through the window's scale, visiting only the milestones in view.
 * Lanes with more marks than fit are drawn as bins of a power-of-two number of days, so a bin splits
 * in two each time the zoom doubles. `pinned` marks (the selection) are drawn one by one even inside a bin,
 * `focus` marks (a tour step's) are drawn large with their titles, and `emphasis` marks (the selection's or a
 * highlight's) always carry their titles while the others' give way.
 */
export function timelineFrame(
  t: TimelineTracks,
  window: TimeWindow,
  today: number,
  pinned?: ReadonlySet<string>,
  focus?: ReadonlySet<string>,
  emphasis?: ReadonlySet<string> | null,
  language: Language = 'en',
): TimelineLayout {
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
        marks.push(toMark(items[i]!, lane.id, px, language, focus, emphasis));
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
      marks.push(toMark(items[i]!, lane.id, px, language, focus, emphasis));
      drawn++;
    }
    for (let key = Math.floor(from / binMs); key * binMs < to && a < items.length; key++) {
      const b = lowerBound(starts, (key + 1) * binMs, a);
      const n = b - a;
      if (n > 0 && n <= track.rowCount) {
        // A small bin at either edge of the window can hold milestones outside it: they get no mark.
        for (let i = a; i < b; i++) {
          if (!shows(i)) continue;
          marks.push(toMark(items[i]!, lane.id, px, language, focus, emphasis));
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
        if (pinned)
          for (let i = a; i < b; i++) if (shows(i) && pinned.has(items[i]!.milestone.id)) marks.push(toMark(items[i]!, lane.id, px, language, focus, emphasis));
      }
      a = b;
    }
  });

  const laneRows = new Map(
    t.tracks.map(({ lane }) => [lane.id, { first: lane.rowsTop + t.rowStep / 2, last: lane.rowsBottom - t.rowStep / 2, step: t.rowStep }]),
  );
  placeLabels(marks, bins, left, right, t.textScale, Boolean(emphasis?.size), laneRows);
  const { ticks, tickUnit } = timelineTicks(window, [left, right], t, language);
  const todayX = today >= window.start && today <= window.end ? px(today) : null;
  const lanes = t.tracks.map((tr) => tr.lane);
  return { width: t.width, height: t.height, plot: t.plot, lanes, marks, bins, ticks, todayX, tickUnit, drawn };
}

function toMark(
  item: TimelineTracks['tracks'][number]['items'][number],
  laneId: string,
  px: (t: number) => number,
  language: Language,
  focusIds?: ReadonlySet<string>,
  emphasisIds?: ReadonlySet<string> | null,
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
    dateLabel: formatMilestoneDate(m.date, language),
    precision: item.precision,
    x: cx,
    x1,
    x2,
    width,
    height,
    labelX: cx + Math.max(9, width / 2 + 4),
    labelY: item.y,
    labelAnchor: 'start',
    focus,
    emphasis: !focus && (emphasisIds?.has(m.id) ?? false),
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
