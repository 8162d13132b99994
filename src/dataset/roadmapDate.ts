export type DatePrecision = 'day' | 'month' | 'year';

/** A dataset date as the span it stands for: a day, a whole month or a whole year (UTC). */
export interface DateSpan {
  start: Date;
  end: Date;
  precision: DatePrecision;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Reads a validated "YYYY", "YYYY-MM" or "YYYY-MM-DD" string; its length is its precision.
 * @example parseRoadmapDate('2025-05').precision === 'month'
 */
export function parseRoadmapDate(value: string): DateSpan {
  const [y = 0, m, d] = value.split('-').map(Number);
  if (d !== undefined && m !== undefined) {
    return { start: utc(y, m - 1, d), end: utc(y, m - 1, d + 1), precision: 'day' };
  }
  if (m !== undefined) return { start: utc(y, m - 1, 1), end: utc(y, m, 1), precision: 'month' };
  return { start: utc(y, 0, 1), end: utc(y + 1, 0, 1), precision: 'year' };
}

function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m, d));
}

/** Writes a dataset date for people, never with slashes: "16 May 2025", "May 2025", "2025". */
export function formatRoadmapDate(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return String(y);
  const month = MONTHS[m - 1];
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}
