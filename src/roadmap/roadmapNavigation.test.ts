import { describe, expect, it } from 'vitest';
import { roadmapLayout } from './roadmapLayout';
import { roadmapNavigation } from './roadmapNavigation';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

const l = roadmapLayout(fixtureRoadmap, { width: 900 });
const go = (id: string, key: string) => roadmapNavigation(l.levels, l.initiatives, id, key);

describe('roadmapNavigation', () => {
  it('moves up and down the levels', () => {
    expect(go('level-1', 'ArrowUp')).toBe('level-2');
    expect(go('level-2', 'ArrowRight')).toBe('level-3');
    expect(go('level-3', 'ArrowUp')).toBeNull();
    expect(go('level-3', 'ArrowDown')).toBe('level-2');
    expect(go('level-2', 'ArrowLeft')).toBe('level-1');
    expect(go('level-2', 'End')).toBe('level-3');
  });

  it('drops from the lowest level to the initiatives, moves along them, and climbs back', () => {
    const first = go('level-1', 'ArrowDown');
    expect(first && ['sora', 'codex']).toContain(first);
    expect(go('sora', 'ArrowRight')).toBe('codex');
    expect(go('codex', 'ArrowLeft')).toBe('sora');
    expect(go('codex', 'ArrowUp')?.startsWith('level-')).toBe(true);
  });
});
