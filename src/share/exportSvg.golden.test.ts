import { describe, expect, it } from 'vitest';
import { exportSvg } from './exportSvg';
import { indexRoadmap } from '../dataset/indexRoadmap';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

// Golden files: the exported picture is drawn from the same layouts as the charts, so a change to any layout or
// renderer shows up here as a diff to review. `npx vitest run -u` rewrites them after an intended change.
const base = { roadmap: fixtureRoadmap, index: indexRoadmap(fixtureRoadmap), today: Date.UTC(2026, 10, 24), url: 'https://x.org/n/codex/' };
const view = { selectedId: null, timeWindow: null, filters: { hiddenLanes: [] as string[], concern: null as string | null } };

const cases = {
  'default view': view,
  'initiative selected': { ...view, selectedId: 'codex' },
  'milestone selected, zoomed': { ...view, selectedId: 'sora-launch', timeWindow: { start: Date.UTC(2024, 6, 1), end: Date.UTC(2025, 6, 1) } },
  'lane hidden, concern highlighted': { ...view, filters: { hiddenLanes: ['codex'], concern: 'data-privacy' } },
};

describe('exportSvg golden files', () => {
  for (const [name, v] of Object.entries(cases)) {
    it(name, async () => {
      // One element a line, so a review shows which mark moved.
      const svg = exportSvg({ ...base, view: v }).svg.replaceAll('><', '>\n<');
      await expect(svg).toMatchFileSnapshot(`__golden__/${name.replace(/[^a-z]+/g, '-')}.svg`);
    });
  }
});
