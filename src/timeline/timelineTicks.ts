import { utcMonth, utcTicks, utcYear } from 'd3-time';
import { axisMonthYearLabel, axisTickLabel } from '../i18n/format';
import type { Language } from '../i18n/languages';

export interface Tick {
  /** The tick's date (epoch ms): its identity while the axis pans. */
  time: number;
  x: number;
  /** Where its label is centred: at the tick, or slid inwards so the last (or first) label is never cut off. */
  labelX: number;
  label: string;
  major: boolean;
}

/** Pixels per character of a 12px tick label, with room to spare for the widest usual system font. */
const TICK_CHAR = 7.5;

/**
 * The axis ticks for a window (epoch ms) drawn between `left` and `right`: years, months or days as the zoom asks,
 * spaced for the type size, in a language. D3's UTC tick intervals pick the dates; Intl writes the labels.
 */
export function timelineTicks(
  window: { start: number; end: number },
  [left, right]: [number, number],
  t: { width: number; narrow: boolean; textScale: number },
  language: Language = 'en',
): { ticks: Tick[]; tickUnit: 'year' | 'month' | 'day' } {
  const x = (d: Date) => left + ((+d - window.start) / (window.end - window.start)) * (right - left);
  // Larger type needs ticks further apart, or the first one's year runs into the next.
  const tickCount = Math.max(2, Math.floor((right - left) / ((t.narrow ? 70 : 90) * Math.sqrt(t.textScale))));
  const tickDates = utcTicks(new Date(window.start), new Date(window.end), tickCount);
  const isYear = (d: Date) => +utcYear.floor(d) === +d;
  const isMonth = (d: Date) => +utcMonth.floor(d) === +d;
  const tickUnit = tickDates.every(isYear) ? 'year' : tickDates.every(isMonth) ? 'month' : 'day';
  // The first tick names its year too, so a view of a few months still says which year it is.
  const ticks = tickDates.map((d, i) => {
    const label =
      i === 0 && isMonth(d) && !isYear(d)
        ? axisMonthYearLabel(d, language)
        : i === 0 && !isYear(d)
          ? `${axisTickLabel(d, language)} ${utcYear.floor(d).getUTCFullYear()}`
          : axisTickLabel(d, language);
    const half = (label.length * TICK_CHAR * t.textScale) / 2;
    const at = x(d);
    return { time: +d, x: at, labelX: Math.min(Math.max(at, half + 2), t.width - half - 2), label, major: isYear(d), half };
  });
  // A label that would run into the one before it (on a phone, say) is left out; its grid line stays.
  let end = -Infinity;
  for (const tick of ticks) {
    if (tick.labelX - tick.half < end + 6) tick.label = '';
    else end = tick.labelX + tick.half;
  }
  return { ticks: ticks.map(({ half: _, ...tick }) => tick), tickUnit };
}
