import { describe, expect, it } from 'vitest';
import { checkContent, isPublishersOwn, monthsBetween } from './contentCheck';
import { fixtureRoadmap } from '../src/testing/fixtureRoadmap';
import type { Roadmap, Source } from '../src/dataset/schema';

const reviewed: Roadmap = { ...fixtureRoadmap, meta: { ...fixtureRoadmap.meta, reviewed: '2026-12-02' } };
const source = (s: Partial<Source>): Source => ({ id: 's', publisher: 'OpenAI', title: 'T', confidence: 'secondary', ...s });
const withSources = (extra: Source[]): Roadmap => ({ ...reviewed, sources: [...reviewed.sources, ...extra] });

describe('checkContent', () => {
  it('passes a reviewed dataset whose every node cites a source with an https URL', () => {
    // The fixture's primary source is on example.org, which is nobody's own site: move it to its publisher's.
    const roadmap = { ...reviewed, sources: reviewed.sources.map((s) => (s.id === 'src-a' ? { ...s, publisher: 'OpenAI', url: 'https://openai.com/a' } : s)) };
    expect(checkContent(roadmap).problems).toEqual([]);
  });

  it('keeps the built-in strictness the schema relaxed for custom data: a current level, and a summary and a source on every node', () => {
    const roadmap: Roadmap = {
      ...reviewed,
      currentLevel: undefined,
      milestones: reviewed.milestones.map((m) => (m.id === 'sora-launch' ? { ...m, summary: undefined, sources: undefined } : m)),
    };
    const problems = checkContent(roadmap).problems;
    expect(problems).toContain('currentLevel: the dataset does not state a current level');
    expect(problems).toContain('milestone sora-launch: has no summary');
    expect(problems).toContain('milestone sora-launch: cites no source with a URL');
  });

  it('asks for the review date', () => {
    expect(checkContent(fixtureRoadmap).problems).toContain('meta.reviewed: the dataset does not say when its sources were last reviewed');
  });

  it('finds a node whose sources all lack a URL, looking inside its links and discrepancies too', () => {
    const roadmap: Roadmap = {
      ...reviewed,
      milestones: reviewed.milestones.map((m) => (m.id === 'sora-launch' ? { ...m, sources: ['src-b'] } : m)),
    };
    const problems = checkContent(roadmap).problems;
    expect(problems).toContain('milestone sora-launch: cites no source with a URL');
    // codex cites src-b (no URL) in its discrepancy but src-a in its own list.
    expect(problems.filter((p) => p.includes('codex'))).toEqual([]);
  });

  it('keeps a node no surer than the best source in its own list', () => {
    const roadmap: Roadmap = {
      ...reviewed,
      sources: reviewed.sources.map((s) => ({ ...s, confidence: 'secondary' as const })),
      milestones: reviewed.milestones.map((m) => (m.id === 'chat-launch' ? { ...m, confidence: 'primary' as const } : m)),
    };
    const problems = checkContent(roadmap).problems;
    expect(problems).toContain('milestone chat-launch: is primary, but its best source is secondary');
    expect(problems.filter((p) => p.includes('sora-launch'))).toEqual([]);
  });

  it('refuses http, feed and mobile mirrors, and two spellings of one host', () => {
    const problems = checkContent(
      withSources([
        source({ id: 'plain', url: 'http://example.com/a' }),
        source({ id: 'feed', url: 'https://feeds.example.net/2025/Apr/16' }),
        source({ id: 'mobile', url: 'https://example.net/a?mobile=true' }),
        source({ id: 'www', url: 'https://www.example.org/b' }),
      ]),
    ).problems;
    expect(problems).toContain('source plain: http://example.com/a is not https');
    expect(problems.some((p) => p.startsWith('source feed:') && p.includes('feed or mobile mirror'))).toBe(true);
    expect(problems.some((p) => p.startsWith('source mobile:') && p.includes('feed or mobile mirror'))).toBe(true);
    expect(problems).toContain('sources at example.org: spelled example.org and www.example.org; use one');
  });

  it('allows primary only on the publisher’s own site or its release on a newswire', () => {
    expect(isPublishersOwn(source({ url: 'https://openai.com/index/introducing-codex/' }))).toBe(true);
    expect(isPublishersOwn(source({ url: 'https://cdn.openai.com/x.pdf' }))).toBe(true);
    expect(isPublishersOwn(source({ url: 'https://notopenai.com/x' }))).toBe(false);
    expect(isPublishersOwn(source({ url: 'https://github.com/openai/gpt-2' }))).toBe(true);
    expect(isPublishersOwn(source({ url: 'https://github.com/someone/gpt-2' }))).toBe(false);
    expect(isPublishersOwn(source({ publisher: 'Crusoe via GlobeNewswire', url: 'https://www.globenewswire.com/news-release/x' }))).toBe(true);
    expect(isPublishersOwn(source({ publisher: 'A blog', url: 'https://www.globenewswire.com/news-release/x' }))).toBe(false);
    const problems = checkContent(
      withSources([source({ id: 'copy', publisher: 'OpenAI', url: 'https://mirror.example.net/codex', confidence: 'primary' })]),
    ).problems;
    expect(problems).toContain("source copy: is primary but mirror.example.net is not OpenAI's own site");
  });

  it('finds fact-sheet ids and unidentified sources in what readers see, not in ids or editors’ registers', () => {
    const roadmap = withSources([
      source({ id: 's12', url: 'https://openai.com/a', register: 'S12', note: 'Quoted in fact-sheet source S37.' }),
      source({ id: 'anon', publisher: 'Unidentified indexed document', title: 'Scale', url: 'https://example.org/z' }),
      source({ id: 'entry', title: 'Named in the fact sheet (E23)', url: 'https://example.org/e' }),
    ]);
    const problems = checkContent(roadmap).problems;
    expect(problems).toContain("sources[2].note: mentions the fact sheet's working id S37, which readers cannot look up");
    expect(problems.filter((p) => p.includes('S12'))).toEqual([]);
    expect(problems).toContain('source anon: is shown to readers as unidentified; name it or drop it');
    expect(problems).toContain("sources[4].title: mentions the fact sheet's working id E23, which readers cannot look up");
  });

  it('reports each initiative’s latest milestone, by the end of its span', () => {
    const milestone = reviewed.milestones[1]!;
    const roadmap: Roadmap = {
      ...reviewed,
      milestones: [...reviewed.milestones, { ...milestone, id: 'late-month', date: '2025-06' }, { ...milestone, id: 'early-day', date: '2025-06-10' }],
    };
    expect(checkContent(roadmap).freshness).toEqual([
      { initiative: 'codex', latest: '2025-06' },
      { initiative: 'sora', latest: '2024-12' },
    ]);
    expect(checkContent(roadmap).reviewed).toBe('2026-12-02');
    expect(monthsBetween('2025-06', '2026-12-02')).toBe(18);
    expect(monthsBetween('2026', '2026-12-02')).toBe(0);
  });
});
