import { describe, expect, it } from 'vitest';
import { linkedNodes } from './linkedNodes';
import { indexRoadmap } from '../dataset/indexRoadmap';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

const index = indexRoadmap(fixtureRoadmap);
const links = (id: string) => {
  const node = index.nodes.get(id);
  if (!node) throw new Error(id);
  return linkedNodes(fixtureRoadmap, index, node);
};

describe('linkedNodes', () => {
  it('gives an initiative its levels with basis, its concerns with notes, its milestones and all its sources', () => {
    const l = links('codex');
    expect(l.levels).toEqual([{ id: 'level-3', basis: 'editorial', note: undefined }]);
    expect(l.concerns).toEqual([{ id: 'data-privacy', note: 'Runs on your code.' }]);
    expect(l.milestones.map((m) => m.id)).toEqual(['codex-launch']);
    expect(l.sourceIds).toEqual(['src-a', 'src-b']);
  });

  it('gives a level the initiatives that advance it and the milestones mapped to it', () => {
    const l = links('level-1');
    expect(l.initiatives.map((i) => i.id)).toEqual(['sora']);
    expect(l.milestones.map((m) => m.id)).toEqual(['chat-launch']);
  });

  it('gives a concern the initiatives and milestones that raise it', () => {
    const l = links('data-privacy');
    expect(l.initiatives).toEqual([{ id: 'codex', note: 'Runs on your code.' }]);
    expect(l.milestones.map((m) => m.id)).toEqual(['codex-launch']);
  });

  it('gives a milestone its lane, levels and concerns', () => {
    const l = links('codex-launch');
    expect(l.initiatives.map((i) => i.id)).toEqual(['codex']);
    expect(l.levels.map((x) => x.id)).toEqual(['level-3']);
    expect(l.concerns.map((c) => c.id)).toEqual(['data-privacy']);
  });
});
