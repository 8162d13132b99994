import { describe, expect, it } from 'vitest';
import { listOutline } from './listOutline';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

describe('listOutline', () => {
  it('nests initiatives under the levels they advance and milestones under their initiative', () => {
    const o = listOutline(fixtureRoadmap);
    expect(o.levels.map((l) => l.level.id)).toEqual(['level-1', 'level-2', 'level-3']);
    expect(o.levels[0]?.initiatives.map((i) => i.initiative.id)).toEqual(['sora']);
    expect(o.levels[2]?.initiatives[0]?.milestones.map((m) => m.id)).toEqual(['codex-launch']);
    expect(o.levels[2]?.initiatives[0]?.basis).toBe('editorial');
    expect(o.levels[1]?.isCurrent).toBe(true);
  });

  it('keeps initiatives on no level and context milestones in their own groups', () => {
    const roadmap = { ...fixtureRoadmap, initiatives: fixtureRoadmap.initiatives.map((n) => (n.id === 'sora' ? { ...n, levels: [] } : n)) };
    const o = listOutline(roadmap);
    expect(o.unmapped.map((i) => i.initiative.id)).toEqual(['sora']);
    expect(o.context.map((m) => m.id)).toEqual(['chat-launch']);
  });
});
