import { describe, expect, it } from 'vitest';
import { indexRoadmap, neighboursOf } from './indexRoadmap';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

describe('indexRoadmap', () => {
  const index = indexRoadmap(fixtureRoadmap);

  it('indexes every selectable node by id with its kind', () => {
    expect(index.nodes.get('level-2')?.kind).toBe('level');
    expect(index.nodes.get('codex')?.kind).toBe('initiative');
    expect(index.nodes.get('data-privacy')?.kind).toBe('concern');
    expect(index.nodes.get('codex-launch')?.kind).toBe('milestone');
  });

  it('links initiatives, levels, concerns and milestones both ways', () => {
    expect([...neighboursOf(index, 'codex')].sort()).toEqual(['codex-launch', 'data-privacy', 'level-3']);
    expect(neighboursOf(index, 'level-3').has('codex')).toBe(true);
    expect(neighboursOf(index, 'data-privacy').has('codex')).toBe(true);
    expect(neighboursOf(index, 'chat-launch').has('level-1')).toBe(true);
  });

  it('groups milestones by lane, with null for the context lane', () => {
    expect(index.milestonesByInitiative.get(null)?.map((m) => m.id)).toEqual(['chat-launch']);
    expect(index.milestonesByInitiative.get('codex')?.map((m) => m.id)).toEqual(['codex-launch']);
  });

  it('builds the links once, when first asked for them', () => {
    const fresh = indexRoadmap(fixtureRoadmap);
    const first = fresh.neighbours;
    expect(fresh.neighbours).toBe(first);
    expect(first.get('codex')?.has('level-3')).toBe(true);
  });

  it('returns an empty set for a node without links', () => {
    expect(neighboursOf(index, 'no-such-node').size).toBe(0);
  });
});
