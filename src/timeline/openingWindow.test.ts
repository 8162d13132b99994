import { describe, expect, it } from 'vitest';
import type { Milestone } from '../dataset/schema';
import { milestonesWindow, openingWindow } from './timeWindow';

const at = (date: string, i: number): Milestone =>
  ({ id: `m${i}`, title: `M${i}`, summary: 's', sources: [], date, initiative: null, levels: [] }) as unknown as Milestone;
const milestones = (dates: string[]) => dates.map(at);
const t = (date: string) => Date.parse(date);

describe('openingWindow', () => {
  // Two early outliers, then eight milestones in 2025: the opening leaves the outliers a zoom-out away.
  const dates = ['2019-02-14', '2021-06-29', '2025-01-10', '2025-02-01', '2025-03-15', '2025-05-01', '2025-06-20', '2025-08', '2025-10-01', '2025-11-30'];
  const today = t('2025-12-10');

  it('opens on the shortest stretch holding at least 80 % of the milestones, today included when close after them', () => {
    const w = openingWindow(milestones(dates), today);
    const inside = dates.filter((d) => t(d) >= w.start && t(d) <= w.end);
    expect(inside.length / dates.length).toBeGreaterThanOrEqual(0.8);
    expect(w.start).toBeGreaterThan(t('2024-11-01'));
    expect(w.start).toBeLessThan(t('2025-01-10'));
    expect(w.end).toBeGreaterThan(today);
    const full = milestonesWindow(milestones(dates), today);
    expect(w.end - w.start).toBeLessThan((full.end - full.start) / 3);
  });

  it('leaves today out when it lies far beyond the milestones', () => {
    const w = openingWindow(milestones(dates), t('2030-01-01'));
    expect(w.end).toBeLessThan(t('2026-02-01'));
  });

  it('opens on the whole timeline when milestones are spread evenly or too few to fit', () => {
    const even = milestones(['2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01']);
    expect(openingWindow(even, t('2025-01-01'))).toEqual(milestonesWindow(even, t('2025-01-01')));
    const few = milestones(['2019-01-01', '2025-01-01']);
    expect(openingWindow(few, t('2025-01-01'))).toEqual(milestonesWindow(few, t('2025-01-01')));
  });
});
