import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isCanonicalMilestone, isCanonicalSource, MILESTONE_KEYS, SOURCE_KEYS } from './canonicalEntries';
import { MilestoneSchema, SourceSchema } from './schema';
import { parseRoadmap } from './parseRoadmap';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

/** A source and a milestone that use every field, so every check is reached. */
const fullSource = {
  id: 'src-a',
  publisher: 'Publisher',
  title: 'Article',
  date: '2025-05-16',
  url: 'https://example.org/a?b=c',
  confidence: 'secondary',
  note: 'A note.',
  register: 'S01',
  essayCitation: 'P. (2025). Article.',
};
const full = {
  id: 'chat-launch',
  title: 'Chat launched',
  date: '2024-02-29',
  dateNote: 'Announced the day before.',
  summary: 'A launch.',
  essayClaim: 'The essay says so.',
  discrepancies: [{ topic: 'Date', essaySays: '2023', sourcesSay: '2024', sources: ['src-a'] }],
  initiative: 'codex',
  levels: [{ levelId: 'level-1', basis: 'editorial', note: 'Why.', sources: ['src-a', 'src-b'] }],
  concerns: ['data-privacy'],
  sources: ['src-a'],
  confidence: 'primary',
};

// Values a JSON dataset can hold, chosen to sit on either side of each rule.
const VALUES: unknown[] = [
  '', ' ', 'x', ' x', 'x ', 'Title', 'ok-id', 'Bad-Id', 'a--b', '-a', 'a1-b2', '2025', '2025-05', '2025-02-29',
  '2024-02-29', '2025-13', '2025-1', '25-01-01', '2025-04-31', 'primary', 'unconfirmed', 'Primary', 'editorial',
  'https://example.org', 'http://x.y/z', 'ftp://example.org', 'https://a b', 'https://',
  'press-report', null, 0, 1, true, [], [''], ['ok-id'], ['ok-id', 'Bad'], ['ok-id', 7], {}, { levelId: 'level-1' },
];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

type Json = Record<string, unknown>;

function mutate(m: Json, next: () => number): void {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const targets: Json[] = [m];
  if (Array.isArray(m.levels) && m.levels[0] && typeof m.levels[0] === 'object') targets.push(m.levels[0] as Json);
  if (Array.isArray(m.discrepancies) && m.discrepancies[0] && typeof m.discrepancies[0] === 'object') targets.push(m.discrepancies[0] as Json);
  const target = pick(targets);
  const keys = [...Object.keys(target), 'note', 'extra', 'essayClaim'];
  const key = pick(keys);
  if (next() < 0.25) delete target[key];
  else target[key] = structuredClone(pick(VALUES));
}

const shipped = JSON.parse(readFileSync('data/roadmap.json', 'utf8')) as { milestones: unknown[]; sources: unknown[] };

describe.each([
  { kind: 'milestone', keys: MILESTONE_KEYS, schema: MilestoneSchema, check: isCanonicalMilestone, example: full, real: [...shipped.milestones, ...fixtureRoadmap.milestones] },
  { kind: 'source', keys: SOURCE_KEYS, schema: SourceSchema, check: isCanonicalSource, example: fullSource, real: [...shipped.sources, ...fixtureRoadmap.sources] },
] as const)('the quick check of a $kind', ({ keys, schema, check, example, real }) => {
  it('covers exactly the fields its schema has', () => {
    expect([...keys].sort()).toEqual(Object.keys(schema.shape).sort());
  });

  it('accepts the shipped and fixture entries, which zod gives back unchanged', () => {
    for (const entry of [example, ...real]) {
      expect(check(entry)).toBe(true);
      expect(schema.parse(entry)).toEqual(entry);
    }
  });

  it('agrees with zod on 4,000 mutated entries: true exactly when zod accepts and changes nothing', () => {
    const next = random(7);
    let canonical = 0;
    for (let i = 0; i < 4000; i++) {
      const entry = structuredClone(example) as Json;
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) mutate(entry, next);
      const zod = schema.safeParse(entry);
      const same = zod.success && isDeepStrictEqual(zod.data, entry);
      expect({ i, entry, fast: check(entry) }).toEqual({ i, entry, fast: same });
      if (same) canonical++;
    }
    // Both answers must be common, or the sweep proves little.
    expect(canonical).toBeGreaterThan(400);
    expect(canonical).toBeLessThan(3600);
  });
});

describe('parseRoadmap with milestones that need zod', () => {
  it('trims text and drops unknown keys exactly as before', () => {
    const r = structuredClone(fixtureRoadmap) as unknown as { milestones: Json[]; sources: Json[] };
    r.milestones[0]!.title = '  Padded  ';
    r.milestones[1]!.extra = 'dropped';
    const parsed = parseRoadmap(r);
    expect(parsed.milestones[0]!.title).toBe('Padded');
    expect(parsed.milestones[1]).not.toHaveProperty('extra');
    const s = structuredClone(fixtureRoadmap) as unknown as { sources: Json[] };
    s.sources[1]!.title = ' Padded';
    expect(parseRoadmap(s).sources[1]!.title).toBe('Padded');
  });

  it('reports a bad source after the first', () => {
    const r = structuredClone(fixtureRoadmap) as unknown as { sources: Json[] };
    r.sources[1]!.url = 'javascript:alert(1)';
    expect(() => parseRoadmap(r)).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ path: 'sources[1].url' })] }));
  });

  it('still reports a bad milestone with its path when the rest is fine', () => {
    const r = structuredClone(fixtureRoadmap) as unknown as { milestones: Json[] };
    r.milestones[2]!.date = '2025-02-30';
    expect(() => parseRoadmap(r)).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ path: 'milestones[2].date' })] }));
  });

  it('sends a sparse list to zod, which reports the hole, instead of failing later', () => {
    const r = structuredClone(fixtureRoadmap) as unknown as { milestones: unknown[] };
    r.milestones.length = 5; // two holes after the three milestones
    expect(() => parseRoadmap(r)).toThrow(expect.objectContaining({ problems: expect.arrayContaining([expect.objectContaining({ path: 'milestones[3]' })]) }));
  });

  it('reports problems outside the milestones when every milestone is fine', () => {
    const r = structuredClone(fixtureRoadmap) as unknown as { meta: Json };
    r.meta.title = '';
    expect(() => parseRoadmap(r)).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ path: 'meta.title' })] }));
  });
});
