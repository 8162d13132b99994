import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { largeRoadmap } from './largeRoadmap';
import { createAppStore } from '../state/createAppStore';
import { selectHighlight, selectLanes, selectLevelsOfInitiative, selectNodeState, selectSelectedNode, selectTouchedByConcern } from '../state/selectors';
import { linkedNodes } from '../panel/linkedNodes';
import { listOutline } from '../list/listOutline';
import { focusWindow } from '../present/tour';
import { milestonesWindow } from '../timeline/timeWindow';
import { roadmapLayout } from '../roadmap/roadmapLayout';
import { parseRoadmap } from '../dataset/parseRoadmap';

const TODAY = Date.UTC(2026, 0, 1);
const BIG = 300_000;
const size = fc.integer({ min: 0, max: BIG });
// The largest case always runs, whatever the random ones are; each case builds a roadmap of up to a million entries.
const runs = (...largest: number[]) => ({ numRuns: 2, examples: [largest] });

describe('selectors, panel links and layouts at dataset sizes', () => {
  it('selects and highlights any node among up to 300,000 milestones, each node citing up to 300,000 sources', () => {
    fc.assert(
      fc.property(size, size, fc.integer(), (milestones, cited, seed) => {
        const roadmap = largeRoadmap({ milestones, initiatives: 8, levels: 5, concerns: 4, sources: Math.max(1, cited), cited, seed });
        const store = createAppStore(roadmap, { today: TODAY });
        const full = milestonesWindow(roadmap.milestones, TODAY);
        for (const id of ['level-0', 'lane-0', 'concern-0', milestones ? 'm-0' : 'level-1']) {
          store.getState().select(id);
          const s = store.getState();
          expect(selectNodeState(id)(s)).toBe('focus');
          expect(linkedNodes(roadmap, s.index, selectSelectedNode(s)!).sourceIds.length).toBeLessThanOrEqual(Math.max(1, cited));
          focusWindow(roadmap, id, full);
        }
        store.getState().clearSelection();
        store.getState().setConcernFilter('concern-0');
        expect(selectHighlight(store.getState())?.related.has('concern-0')).toBe(true);
        expect(selectTouchedByConcern('concern-0')(store.getState())).toBe(true);
        expect(listOutline(roadmap).context.length).toBeLessThanOrEqual(milestones);
      }),
      runs(BIG, BIG, 1),
    );
  }, 60_000);

  it('lays out and lists up to 300,000 levels and initiatives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: BIG }), fc.integer({ min: 1, max: BIG }), fc.integer(), (levels, initiatives, seed) => {
        const roadmap = largeRoadmap({ milestones: 100, initiatives, levels, concerns: 2, sources: 2, cited: 1, seed });
        const store = createAppStore(roadmap, { today: TODAY });
        expect(selectLanes(store.getState())).toHaveLength(initiatives + 1);
        expect(selectLevelsOfInitiative(store.getState(), 'lane-0').length).toBeLessThanOrEqual(1);
        expect(listOutline(roadmap).levels).toHaveLength(levels);
        expect(roadmapLayout(roadmap, { width: 1200 }).initiatives).toHaveLength(initiatives);
        expect(roadmapLayout(roadmap, { width: 390 }).levels).toHaveLength(levels);
      }),
      runs(BIG, BIG, 2),
    );
  }, 60_000);

  it('validates 300,000 milestones whose levels, initiatives and concerns each cite 300,000 sources', () => {
    const roadmap = largeRoadmap({ milestones: BIG, initiatives: 8, levels: 5, concerns: 4, sources: BIG, cited: BIG, seed: 3 });
    expect(parseRoadmap(roadmap).milestones).toHaveLength(BIG);
  }, 60_000);
});
