import { describe, expect, it } from 'vitest';
import { viewFromLocation } from './viewFromLocation';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { milestonesWindow } from '../timeline/timeWindow';
import type { KnownIds } from '../url/viewStateUrl';

const known: KnownIds = {
  nodes: new Set(['codex', 'codex-launch']),
  lanes: new Set(['codex', 'sora', 'context']),
  concerns: new Set(['data-privacy']),
  tourLength: 0,
};
const today = Date.UTC(2026, 0, 1);

describe('viewFromLocation', () => {
  it('reads the node from a share page path and the query alike', () => {
    expect(viewFromLocation({ search: '', pathname: '/sub/n/codex/' }, known, fixtureRoadmap, today).view.selectedId).toBe('codex');
    expect(viewFromLocation({ search: '?node=codex-launch', pathname: '/sub/' }, known, fixtureRoadmap, today).view.selectedId).toBe('codex-launch');
  });

  it('fits a linked window to the dataset and gives the notices of both steps', () => {
    const parsed = viewFromLocation({ search: '?window=1990-01-01..1991-01-01&node=nope', pathname: '/' }, known, fixtureRoadmap, today);
    // Outside the data, the link's window gives way to the whole timeline, as its notice says.
    expect(parsed.view.timeWindow).toEqual(milestonesWindow(fixtureRoadmap.milestones, today));
    expect(parsed.notices).toEqual([
      'No node with the id “nope” was found, so the default view is shown.',
      'The time window in the link lies outside the timeline, so the whole timeline is shown.',
    ]);
  });
  it('opens a link to an initiative on its milestones, and keeps a window the link names', () => {
    const opened = viewFromLocation({ search: '?node=codex', pathname: '/' }, known, fixtureRoadmap, today).view.timeWindow;
    const codex = fixtureRoadmap.milestones.filter((m) => m.initiative === 'codex').map((m) => Date.parse(m.date.slice(0, 10)));
    expect(codex).toHaveLength(1);
    expect(opened).not.toBeNull();
    expect(opened!.start).toBeLessThanOrEqual(Math.min(...codex));
    expect(opened!.end).toBeGreaterThanOrEqual(Math.max(...codex));
    const linked = viewFromLocation({ search: '?node=codex&window=2025-01-01..2025-06-01', pathname: '/' }, known, fixtureRoadmap, today).view.timeWindow;
    expect(linked).toEqual({ start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 5, 1) });
  });
});
