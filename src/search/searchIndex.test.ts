import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIds, tokenize } from './searchIndex';
import { searchDocuments } from './searchDocuments';
import { filterMatches, levelReached } from './searchFilters';
import { indexRoadmap } from '../dataset/indexRoadmap';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

const index = indexRoadmap(fixtureRoadmap);
const built = buildSearchIndex(searchDocuments(index));

describe('the search', () => {
  it('keeps hyphenated words whole as well as in parts', () => {
    expect(tokenize('gpt-oss, 2025-05')).toEqual(['gpt-oss', 'gpt', 'oss', '2025-05', '2025', '05']);
  });

  it('finds a node by title despite a typo, accents or case', async () => {
    const search = await built;
    expect(searchIds(search, 'codx')).toContain('codex');
    expect(searchIds(search, 'Sóra')[0]).toBe('sora');
  });

  it('finds milestones by a date as written or as read', async () => {
    const search = await built;
    expect(searchIds(search, '2025-05')).toEqual(['codex-launch']);
    expect(searchIds(search, 'May 2025')).toEqual(['codex-launch']);
    expect(searchIds(search, '2024-12')).toEqual(['sora-launch']);
  });

  it('finds nodes by their sources and lane', async () => {
    const search = await built;
    expect(searchIds(search, 'Publisher B')).toContain('codex');
  });
});

describe('the search filters', () => {
  it('narrows matches to the level reached (a node’s highest level) and a confidence', () => {
    expect(levelReached(index.nodes.get('codex')!, index)).toBe('level-3');
    expect(filterMatches(null, index, {})).toBeNull();
    expect(filterMatches(['codex', 'sora', 'level-3'], index, { level: 'level-3' })).toEqual(['codex', 'level-3']);
    const primary = filterMatches(null, index, { confidence: 'primary' })!;
    expect(primary).toContain('codex');
    expect(primary.every((id) => index.nodes.get(id)!.entity.confidence === 'primary')).toBe(true);
  });
});
