import type { Language } from './languages';

/**
 * The Intl locale of each language. English writes day before month ("16 May 2025"), as the app always has.
 * Arabic takes whichever digits the browser's CLDR data gives plain `ar` (Western digits in current data).
 */
const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de', fr: 'fr', es: 'es', ar: 'ar' };

export function intlLocale(language: Language): string {
  return INTL_LOCALE[language];
}

// Formatters are costly to create and pure once made: one per language and pattern.
const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${language}|${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[language], { ...options, timeZone: 'UTC' });
    cache.set(id, format);
  }
  return format;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };

/**
 * A dataset date ("YYYY", "YYYY-MM" or "YYYY-MM-DD") in words at its precision, never with slashes.
 * @example formatMilestoneDate('2025-05-16', 'de') === '16. Mai 2025'
 */
export function formatMilestoneDate(value: string, language: Language): string {
  const [y = 0, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  date.setUTCFullYear(y); // years before 100 stay themselves
  if (m === undefined) return dateFormat(language, 'year', YEAR).format(date);
  return d === undefined ? dateFormat(language, 'month', MONTH).format(date) : dateFormat(language, 'day', DAY).format(date);
}

/** A day with its short month and year, as the timeline's hidden proxies name it: "16 May 2025". */
export function formatShortDay(date: Date, language: Language): string {
  return dateFormat(language, 'shortDay', { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/**
 * The label of a time-axis tick in a language, as d3's default ticks choose it: the year on 1 January, the short
 * month on the first of a month, the day and short month on other days, the time within a day.
 * @example axisTickLabel(new Date('2025-04-01'), 'fr') === 'avr.'
 */
export function axisTickLabel(date: Date, language: Language): string {
  if (date.getUTCHours() || date.getUTCMinutes() || date.getUTCSeconds() || date.getUTCMilliseconds()) {
    return dateFormat(language, 'time', { hour: '2-digit', minute: '2-digit' }).format(date);
  }
  if (date.getUTCDate() !== 1) return dateFormat(language, 'tickDay', { day: 'numeric', month: 'short' }).format(date);
  if (date.getUTCMonth() !== 0) return dateFormat(language, 'tickMonth', { month: 'short' }).format(date);
  return dateFormat(language, 'year', YEAR).format(date);
}

/** A month with its year, for the first tick of a view that shows no January: "Apr 2025". */
export function axisMonthYearLabel(date: Date, language: Language): string {
  return dateFormat(language, 'tickMonthYear', { month: 'short', year: 'numeric' }).format(date);
}

const numbers = new Map<Language, Intl.NumberFormat>();
/** A count in the language's digits and grouping: "1,234", "1.234", "1 234". */
export function formatNumber(value: number, language: Language): string {
  let format = numbers.get(language);
  if (!format) numbers.set(language, (format = new Intl.NumberFormat(INTL_LOCALE[language])));
  return format.format(value);
}

const lists = new Map<string, Intl.ListFormat>();
/**
 * Names joined as the language joins them: "A, B and C", "A, B und C", "A وB وC".
 * `type: 'disjunction'` joins with "or".
 */
export function formatList(items: readonly string[], language: Language, type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
  const id = `${language}|${type}`;
  let format = lists.get(id);
  if (!format) lists.set(id, (format = new Intl.ListFormat(INTL_LOCALE[language], { style: 'long', type })));
  return format.format(items);
}
