import { describe, expect, it } from 'vitest';
import { axisMonthYearLabel, axisTickLabel, formatList, formatMilestoneDate, formatNumber } from './format';

// Intl's data comes with the engine: the expected Arabic text is asked of Intl itself where only its digits vary.
const arabicDigits = (n: number, useGrouping = true) => new Intl.NumberFormat('ar', { useGrouping }).format(n);
const utc = (s: string) => new Date(`${s}Z`);

describe('formatMilestoneDate', () => {
  it('writes a date at its precision in each language', () => {
    expect(['2025-05-16', '2024-12', '2019'].map((d) => formatMilestoneDate(d, 'en'))).toEqual(['16 May 2025', 'December 2024', '2019']);
    expect(['2025-05-16', '2024-12', '2019'].map((d) => formatMilestoneDate(d, 'de'))).toEqual(['16. Mai 2025', 'Dezember 2024', '2019']);
    expect(['2025-05-16', '2024-12'].map((d) => formatMilestoneDate(d, 'fr'))).toEqual(['16 mai 2025', 'décembre 2024']);
    expect(['2025-05-16', '2024-12'].map((d) => formatMilestoneDate(d, 'es'))).toEqual(['16 de mayo de 2025', 'diciembre de 2024']);
  });

  it('writes Arabic in Arabic script, with the digits Intl gives', () => {
    expect(formatMilestoneDate('2025-05-16', 'ar')).toContain('مايو');
    expect(formatMilestoneDate('2025-05-16', 'ar')).toContain(arabicDigits(2025, false));
    expect(formatMilestoneDate('2024-12', 'ar')).toContain('ديسمبر');
    expect(formatMilestoneDate('2019', 'ar')).toBe(new Intl.DateTimeFormat('ar', { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2019, 0, 1)));
  });

  it('keeps the day of the dataset whatever the time zone, and years before 100 as they are', () => {
    expect(formatMilestoneDate('2025-01-01', 'en')).toBe('1 January 2025');
    expect(formatMilestoneDate('0050', 'en')).toBe('50');
  });
});

describe('axisTickLabel', () => {
  it('names the year on 1 January, the month on the first, the day otherwise, in each language', () => {
    const ticks = ['2025-01-01T00:00:00', '2025-04-01T00:00:00', '2025-04-16T00:00:00'].map(utc);
    expect(ticks.map((d) => axisTickLabel(d, 'en'))).toEqual(['2025', 'Apr', '16 Apr']);
    expect(ticks.map((d) => axisTickLabel(d, 'de'))).toEqual(['2025', 'Apr', '16. Apr.']);
    expect(ticks.map((d) => axisTickLabel(d, 'fr'))).toEqual(['2025', 'avr.', '16 avr.']);
    expect(axisTickLabel(ticks[1]!, 'ar')).toBe('أبريل');
  });

  it('gives the time of day for ticks within a day, and the month with its year for a first tick', () => {
    expect(axisTickLabel(utc('2025-04-16T15:30:00'), 'de')).toBe('15:30');
    expect(axisMonthYearLabel(utc('2025-04-01T00:00:00'), 'en')).toBe('Apr 2025');
    expect(axisMonthYearLabel(utc('2025-04-01T00:00:00'), 'es')).toBe('abr 2025');
  });
});

describe('formatNumber and formatList', () => {
  it('group digits and join names as each language does', () => {
    // French groups with a narrow no-break space.
    expect(['en', 'de', 'fr'].map((l) => formatNumber(1234567, l as 'en').replace(/\s/g, ' '))).toEqual(['1,234,567', '1.234.567', '1 234 567']);
    expect(formatNumber(1234567, 'ar')).toBe(arabicDigits(1234567));
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(formatList(['A', 'B', 'C'], 'de')).toBe('A, B und C');
    expect(formatList(['A', 'B'], 'es', 'disjunction')).toBe('A o B');
    expect(formatList(['A', 'B', 'C'], 'ar')).toBe(new Intl.ListFormat('ar', { type: 'conjunction' }).format(['A', 'B', 'C']));
  });
});
