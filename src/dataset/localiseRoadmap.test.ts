import { describe, expect, it } from 'vitest';
import { localiseRoadmap, translationFor } from './localiseRoadmap';
import { parseRoadmap } from './parseRoadmap';
import { DatasetError } from './DatasetError';
import type { Roadmap } from './schema';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

function translated(): Roadmap {
  const r = structuredClone(fixtureRoadmap);
  r.tour = [
    { nodeId: 'codex', headline: 'Codex', narration: 'A coding agent.', notes: 'Say it slowly.', sources: ['src-a'] },
    { nodeId: 'sora', headline: 'Sora', narration: 'Text to video.', notes: 'Pause.', sources: ['src-a'] },
  ];
  r.translations = {
    de: {
      meta: { levelsTitle: 'Die drei Stufen' },
      nodes: { 'level-2': { title: 'Reasoner' }, codex: { summary: 'Ein Programmieragent.', shortName: 'Kodex' }, 'sora-launch': { title: 'Sora erscheint' } },
      tour: [{ headline: 'Codex, auf Deutsch', narration: 'Ein Programmieragent.' }],
    },
    'pt-BR': { nodes: { sora: { title: 'Sora (Brasil)' } } },
  };
  return r;
}

function problemsOf(json: unknown): string[] {
  try {
    parseRoadmap(json);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('localiseRoadmap', () => {
  it('applies each override and keeps every other field', () => {
    const r = translated();
    const de = localiseRoadmap(r, 'de');
    expect(de.meta).toEqual({ ...r.meta, levelsTitle: 'Die drei Stufen' });
    expect(de.levels.map((l) => l.name)).toEqual(['Chatbots', 'Reasoner', 'Agents']);
    expect(de.levels[1]!.summary).toBe('Level 2 summary');
    const codex = de.initiatives.find((n) => n.id === 'codex')!;
    expect([codex.name, codex.shortName, codex.summary]).toEqual(['Codex', 'Kodex', 'Ein Programmieragent.']);
    expect(de.initiatives.find((n) => n.id === 'sora')!.shortName).toBe(r.initiatives.find((n) => n.id === 'sora')!.shortName);
    expect(de.milestones.find((m) => m.id === 'sora-launch')!.title).toBe('Sora erscheint');
    expect(de.tour![0]).toEqual({ ...r.tour![0], headline: 'Codex, auf Deutsch', narration: 'Ein Programmieragent.' });
    // The second step has no translation: it keeps its English text.
    expect(de.tour![1]).toBe(r.tour![1]);
  });

  it('leaves the original untouched and returns it as it is for a language it does not translate', () => {
    const r = translated();
    const before = structuredClone(r);
    localiseRoadmap(r, 'de');
    expect(r).toEqual(before);
    expect(localiseRoadmap(r, 'fr')).toBe(r);
    expect(localiseRoadmap(fixtureRoadmap, 'de')).toBe(fixtureRoadmap);
  });

  it('finds a translation by the exact tag, then by its base language', () => {
    const r = translated();
    expect(translationFor(r, 'de-AT')).toBe(r.translations!.de);
    expect(localiseRoadmap(r, 'pt-BR').initiatives.find((n) => n.id === 'sora')!.name).toBe('Sora (Brasil)');
    expect(translationFor(r, 'pt')).toBeUndefined();
  });
});

describe('dataset translations', () => {
  it('validate when every node exists and the tour is long enough', () => {
    expect(problemsOf(translated())).toEqual([]);
  });

  it('name an unknown node, a tour longer than the tour and a tag that is no language', () => {
    const r = translated();
    r.translations!.de!.nodes!['no-such-node'] = { title: 'Nichts' };
    r.translations!.de!.tour!.push({ headline: 'Zwei' }, { headline: 'Drei' });
    expect(problemsOf(r)).toEqual([
      'translations.de.nodes.no-such-node: translates an unknown node "no-such-node"',
      'translations.de.tour: has 3 tour steps, but the tour has 2',
    ]);
    const bad = translated() as unknown as { translations: Record<string, unknown> };
    bad.translations['German'] = {};
    expect(problemsOf(bad)).toEqual(['translations.German: Invalid key in record']);
  });

  it('refuse empty text, as everywhere in the dataset', () => {
    const r = translated();
    r.translations!.de!.tour![0]!.headline = ' ';
    expect(problemsOf(r)[0]).toMatch(/^translations\.de\.tour\[0\]\.headline: /);
  });
});
