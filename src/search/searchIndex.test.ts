import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, createSearcher, queryWords, searchIds, tokenize, type SearchIndex } from './searchIndex';
import { searchDocuments } from './searchDocuments';
import { filterMatches, levelReached } from './searchFilters';
import { indexRoadmap } from '../dataset/indexRoadmap';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { largeRoadmap } from '../testing/largeRoadmap';
import { activateLanguage } from '../i18n/i18n';
import { laneName } from './searchDocuments';

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

/** The answer worked out the long way: each word searched over the whole index, the nodes that match them all, by total score. */
function reference(search: SearchIndex, query: string): string[] {
  const words = queryWords(query);
  const fuzzy = (term: string) => (term.length >= 4 && !/^\d/.test(term) ? 0.2 : false);
  const lists = words.map((w, i) => {
    const prefix = i === words.length - 1 && !/^\d/.test(w) && w.length >= 2;
    return new Map(search.search(w, { prefix, fuzzy, tokenize: (t) => [t], combineWith: 'OR' }).map((r) => [r.id as string, r.score]));
  });
  const scored = [...lists[0]!].filter(([id]) => lists.every((l) => l.has(id))).map(([id]) => [id, lists.reduce((sum, l) => sum + l.get(id)!, 0)] as const);
  return scored.sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

describe('the searcher a session keeps', () => {
  const large = indexRoadmap(largeRoadmap({ milestones: 2000, initiatives: 6, levels: 5, concerns: 3, sources: 40, cited: 2, seed: 7 }));
  const builtLarge = buildSearchIndex(searchDocuments(large));

  it('answers each keystroke as a fresh search would, though it scores later words only among earlier matches', async () => {
    const search = await builtLarge;
    // Words every milestone shares, a typo, dates as written and as read, a lane.
    for (const text of ['Milestne generated july 2013', 'Generatd publisher rep 2013-07', 'I1 mile July', 'report milestone 1999']) {
      expect(reference(search, text.split(' ').slice(0, 2).join(' ')).length).toBeGreaterThan(100);
      const searcher = createSearcher(search);
      for (let i = 1; i <= text.length; i++) expect(searcher(text.slice(0, i))).toEqual(reference(search, text.slice(0, i)));
      // Words edited in the middle, and the query typed again, reuse what was kept and still agree.
      const words = text.split(' ');
      for (const edited of [words.slice(1).join(' '), [...words].reverse().join(' '), text]) expect(searcher(edited)).toEqual(reference(search, edited));
    }
  });

  it('finds nothing when one word matches nothing', async () => {
    const searcher = createSearcher(await built);
    expect(searcher('codex zzzz')).toEqual([]);
    expect(searcher('codex')).toContain('codex');
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

describe('the search in another language', () => {
  afterEach(() => activateLanguage('en'));

  it('finds dates and the context lane by the language’s words as well as by English ones', async () => {
    await activateLanguage('de');
    const search = await buildSearchIndex(searchDocuments(index, 'de'));
    expect(searchIds(search, 'Mai 2025')).toEqual(['codex-launch']);
    expect(searchIds(search, 'May 2025')).toEqual(['codex-launch']);
    expect(searchIds(search, 'Kontext')).toContain('chat-launch');
    expect(searchIds(search, 'Context')).toContain('chat-launch');
    expect(laneName(index.nodes.get('chat-launch')!, index)).toBe('Kontext');
  });
});
