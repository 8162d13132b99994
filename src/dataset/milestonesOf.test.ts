import { describe, expect, it } from 'vitest';
import { milestonesOf } from './milestonesOf';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

const ids = (id: string, roadmap = fixtureRoadmap) => milestonesOf(roadmap, id).map((m) => m.id);

describe('milestonesOf', () => {
  it('gives a milestone itself, an initiative’s, those reaching a level and those a concern names', () => {
    expect(ids('chat-launch')).toEqual(['chat-launch']);
    expect(ids('codex')).toEqual(['codex-launch']);
    expect(ids('level-1')).toEqual(['chat-launch']);
    expect(ids('level-3')).toEqual(['codex-launch']);
    expect(ids('data-privacy')).toEqual(['codex-launch']);
    expect(ids('nobody')).toEqual([]);
  });

  it('takes the milestones of the initiatives a concern touches when no milestone names it', () => {
    const roadmap = { ...fixtureRoadmap, milestones: fixtureRoadmap.milestones.map(({ concerns: _, ...m }) => m) };
    expect(ids('data-privacy', roadmap)).toEqual(['codex-launch']);
  });
});
