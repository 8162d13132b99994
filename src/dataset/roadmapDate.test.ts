import { describe, expect, it } from 'vitest';
import { formatRoadmapDate, parseRoadmapDate } from './roadmapDate';

describe('parseRoadmapDate', () => {
  it('reads a day as a one-day span', () => {
    const s = parseRoadmapDate('2025-05-16');
    expect(s.precision).toBe('day');
    expect(s.start.toISOString()).toBe('2025-05-16T00:00:00.000Z');
    expect(s.end.toISOString()).toBe('2025-05-17T00:00:00.000Z');
  });
  it('reads a month as the whole month, across a year end', () => {
    const s = parseRoadmapDate('2025-12');
    expect(s.precision).toBe('month');
    expect(s.start.toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(s.end.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
  it('reads a year as the whole year', () => {
    const s = parseRoadmapDate('2024');
    expect(s.precision).toBe('year');
    expect(s.end.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
});

describe('formatRoadmapDate', () => {
  it('writes dates in words at their own precision', () => {
    expect(formatRoadmapDate('2025-05-16')).toBe('16 May 2025');
    expect(formatRoadmapDate('2025-05')).toBe('May 2025');
    expect(formatRoadmapDate('2024')).toBe('2024');
  });
});
