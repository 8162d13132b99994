import { describe, expect, it } from 'vitest';
import { selectionWindow } from './selectionWindow';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { milestonesWindow } from './timeWindow';

const t = (d: string) => Date.parse(d);
const full = milestonesWindow(fixtureRoadmap.milestones, t('2026-01-01'));

describe('selectionWindow', () => {
  it('fits an initiative’s, a level’s or a concern’s milestones, with a margin', () => {
    const shown = { start: t('2025-06-01'), end: t('2025-12-01') };
    const date = Date.parse(fixtureRoadmap.milestones.find((m) => m.id === 'codex-launch')!.date);
    for (const id of ['codex', 'level-3', 'data-privacy']) {
      const w = selectionWindow(fixtureRoadmap, id, shown, full)!;
      expect(w.start).toBeLessThan(date);
      expect(w.end).toBeGreaterThan(date);
      expect(w.end - w.start).toBeLessThan(full.end - full.start);
    }
  });

  it('leaves a milestone in view where it is, and slides one outside into the middle at the same zoom', () => {
    const m = fixtureRoadmap.milestones.find((x) => x.id === 'chat-launch')!;
    const at = Date.parse(m.date);
    const year = 365 * 86_400_000;
    expect(selectionWindow(fixtureRoadmap, m.id, { start: at - year, end: at + year }, full)).toBeNull();
    const shown = { start: at + year, end: at + 2 * year };
    const w = selectionWindow(fixtureRoadmap, m.id, shown, full)!;
    expect(w.end - w.start).toBeCloseTo(year, -3);
    expect(w.start).toBeLessThan(at);
    expect(w.end).toBeGreaterThan(at);
  });

  it('stays put for a node without milestones', () => {
    expect(selectionWindow(fixtureRoadmap, 'level-5', { start: 0, end: 1 }, full)).toBeNull();
  });
});
