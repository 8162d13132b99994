import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseRoadmap } from './parseRoadmap';
import { checkLinks } from './checkLinks';

const shipped: unknown = JSON.parse(readFileSync('data/roadmap.json', 'utf8'));

const CANONICAL_IDS = [
  'level-1',
  'level-2',
  'level-3',
  'level-4',
  'level-5',
  'codex',
  'sora',
  'super-assistant',
  'consumer-hardware',
  'stargate',
  'openai-for-countries',
  'open-weight',
  'data-privacy',
  'access-inequality',
  'algorithmic-bias',
  'power-concentration',
  'non-democratic-partnerships',
];

describe('the shipped dataset', () => {
  const roadmap = parseRoadmap(shipped);

  it('validates and every link and source id resolves', () => {
    expect(checkLinks(roadmap)).toEqual([]);
  });

  it('has every canonical id of the public URL contract', () => {
    const ids = new Set([...roadmap.levels, ...roadmap.initiatives, ...roadmap.concerns].map((n) => n.id));
    for (const id of CANONICAL_IDS) expect(ids, id).toContain(id);
  });

  it('names the five levels in order', () => {
    const names = [...roadmap.levels].sort((a, b) => a.rank - b.rank).map((l) => l.name);
    expect(names).toEqual(['Chatbots', 'Reasoners', 'Agents', 'Innovators', 'Organisations']);
    expect(roadmap.levels.find((l) => l.id === 'level-5')?.essayName).toBe('Organisational Systems');
  });

  it('has at least 25 milestones, with context-lane milestones among them', () => {
    expect(roadmap.milestones.length).toBeGreaterThanOrEqual(25);
    const context = roadmap.milestones.filter((m) => m.initiative === null).map((m) => m.id);
    for (const id of ['chatgpt-launch', 'gpt-4o-launch', 'o1-preview', 'gpt-5-release', 'five-levels-reported']) {
      expect(context).toContain(id);
    }
  });

  it('gives every initiative at least one milestone so every lane has marks', () => {
    for (const n of roadmap.initiatives) {
      expect(
        roadmap.milestones.some((m) => m.initiative === n.id),
        n.id,
      ).toBe(true);
    }
  });

  it("cites the essay's eight references", () => {
    expect(roadmap.sources.filter((s) => s.essayCitation).length).toBe(8);
  });

  it('records the essay claims public sources contradict as discrepancies', () => {
    const codex = roadmap.initiatives.find((n) => n.id === 'codex');
    expect(codex?.discrepancies?.length).toBeGreaterThanOrEqual(2);
    const levelsWithNotes = roadmap.levels.filter((l) => l.discrepancies?.length);
    expect(levelsWithNotes.length).toBeGreaterThan(0);
  });

  it("marks OpenAI's stated position as level 2 on an OpenAI statement", () => {
    expect(roadmap.currentLevel?.levelId).toBe('level-2');
    expect(roadmap.currentLevel?.basis).toBe('openai-statement');
  });

  it('has a guided tour of at least 12 steps through the essay, each on a drawn or listed node', () => {
    const tour = roadmap.tour ?? [];
    expect(tour.length).toBeGreaterThanOrEqual(12);
    const kinds = new Set(tour.map((s) => (s.nodeId.startsWith('level-') ? 'level' : s.nodeId)));
    for (const id of ['codex', 'sora', 'level']) expect(kinds, id).toContain(id);
    for (const step of tour) expect(step.narration + step.notes + step.headline, step.nodeId).not.toMatch(/\d+\/\d+\/\d+/);
  });

  it('uses only https source links', () => {
    for (const s of roadmap.sources) if (s.url) expect(s.url, s.id).toMatch(/^https:\/\//);
  });
});
