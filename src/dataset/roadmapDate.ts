export type DatePrecision = 'day' | 'month' | 'year';

/** A dataset date as the span it stands for: a day, a whole month or a whole year (UTC). */
export interface DateSpan {
  start: Date;
  end: Date;
  precision: DatePrecision;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A dataset date's span in epoch milliseconds: what layouts of thousands of milestones work with. */
export interface DateRange {
  readonly start: number;
  readonly end: number;
  readonly precision: DatePrecision;
}

// Thousands of milestones share a few hundred dates, and layouts read each date more than once.
const ranges = new Map<string, DateRange>();

/**
 * Reads a validated "YYYY", "YYYY-MM" or "YYYY-MM-DD" string; its length is its precision.
 * The result is shared between calls for the same date, so it is read-only.
 * @example roadmapDateRange('2025-05').precision === 'month'
 */
export function roadmapDateRange(value: string): DateRange {
  let range = ranges.get(value);
  if (!range) {
    if (ranges.size >= 100_000) ranges.clear();
    range = Object.freeze(readDateRange(value));
    ranges.set(value, range);
  }
  return range;
}

function readDateRange(value: string): DateRange {
  const y = Number(value.slice(0, 4));
  if (value.length >= 10) {
    const start = Date.UTC(y, Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
    return { start, end: start + 86_400_000, precision: 'day' };
  }
  if (value.length >= 7) {
    const m = Number(value.slice(5, 7)) - 1;
    return { start: Date.UTC(y, m, 1), end: Date.UTC(y, m + 1, 1), precision: 'month' };
  }
  return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1), precision: 'year' };
}

/** The same span with Date objects. */
export function parseRoadmapDate(value: string): DateSpan {
  const { start, end, precision } = roadmapDateRange(value);
  return { start: new Date(start), end: new Date(end), precision };
}

/** Writes a dataset date for people, never with slashes: "16 May 2025", "May 2025", "2025". */
export function formatRoadmapDate(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return String(y);
  const month = MONTHS[m - 1];
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}
