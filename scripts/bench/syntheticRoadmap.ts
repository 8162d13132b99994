import type { Confidence, Initiative, Milestone, Roadmap, Source } from '../../src/dataset/schema';

const FIRST_YEAR = 2015;
const LAST_YEAR = 2030;
const LEVELS = ['Chatbots', 'Reasoners', 'Agents', 'Innovators', 'Organisations'];
const CONCERNS = ['data-privacy', 'access-inequality', 'algorithmic-bias', 'power-concentration', 'energy-use'];
const INITIATIVES = ['atlas', 'beacon', 'compass', 'delta', 'ember', 'forge', 'harbor', 'ion'];
const CONFIDENCE: Confidence[] = ['primary', 'secondary', 'unconfirmed'];
const DAY = 86_400_000;

/** A small seeded generator (mulberry32): the same seed gives the same dataset on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const title = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/**
 * A roadmap in the app's schema with `count` milestones over eight initiatives, 2015–2030, for benchmarks.
 * Dates cluster around a few busy stretches per lane, as real roadmaps do, and mix the real data's precisions
 * (mostly days, some months, a few years); every entry cites a source.
 * @example syntheticRoadmap(1000).milestones.length // 1000
 */
export function syntheticRoadmap(count: number, seed = 2030): Roadmap {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const span = Date.UTC(LAST_YEAR, 11, 31) - start;

  const sourceCount = Math.max(8, Math.ceil(count / 10));
  const sources: Source[] = Array.from({ length: sourceCount }, (_, i) => ({
    id: `src-${pad(i, 5)}`,
    publisher: `Publisher ${(i % 40) + 1}`,
    title: `Report ${i + 1} on the synthetic roadmap`,
    date: `${FIRST_YEAR + (i % (LAST_YEAR - FIRST_YEAR + 1))}`,
    url: `https://example.org/reports/${i + 1}`,
    confidence: pick(CONFIDENCE),
  }));
  const cite = (n = 1 + Math.floor(next() * 3)) => [...new Set(Array.from({ length: n }, () => pick(sources).id))];
  const levelLink = () => ({ levelId: `level-${1 + Math.floor(next() * LEVELS.length)}`, basis: 'editorial' as const, sources: cite(1) });

  const initiatives: Initiative[] = INITIATIVES.map((id, i) => ({
    id,
    name: `Project ${title(id)}`,
    shortName: title(id),
    group: i < 5 ? 'product' : 'domain',
    summary: `A synthetic initiative for benchmarks, lane ${i + 1} of ${INITIATIVES.length}.`,
    sources: cite(),
    confidence: pick(CONFIDENCE),
    levels: [levelLink()],
    concerns: [{ concernId: pick(CONCERNS), note: 'A synthetic concern link.', sources: cite(1) }],
  }));
  // Each lane has three busy stretches where half its milestones fall; the rest spread evenly.
  const hotspots = INITIATIVES.map(() => [next(), next(), next()]);

  const milestones: Milestone[] = Array.from({ length: count }, (_, i) => {
    const lane = i % 25 === 24 ? null : Math.floor(next() * INITIATIVES.length);
    const centre = lane !== null && next() < 0.5 ? pick(hotspots[lane] as number[]) : null;
    const at = centre === null ? next() : Math.min(1, Math.max(0, centre + (next() + next() + next() - 1.5) * 0.04));
    const date = new Date(start + Math.floor((at * span) / DAY) * DAY);
    const precision = next();
    const y = date.getUTCFullYear();
    const ymd = `${y}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    const milestone: Milestone = {
      id: `m-${pad(i, 6)}`,
      title: `${lane === null ? 'Context' : title(INITIATIVES[lane] as string)} milestone ${i + 1}`,
      date: precision < 0.75 ? ymd : precision < 0.95 ? ymd.slice(0, 7) : String(y),
      summary: `Synthetic milestone ${i + 1}, generated for the benchmark.`,
      initiative: lane === null ? null : (INITIATIVES[lane] as string),
      levels: next() < 0.3 ? [levelLink()] : [],
      sources: cite(),
      confidence: pick(CONFIDENCE),
    };
    if (next() < 0.2) milestone.concerns = [pick(CONCERNS)];
    return milestone;
  });

  return {
    meta: {
      title: `Synthetic roadmap, ${count} milestones`,
      subtitle: 'Generated for the benchmark: deterministic, sourced, 2015–2030.',
      essayTitle: 'Synthetic benchmark data',
      levelsTitle: 'The five levels',
    },
    levels: LEVELS.map((name, i) => ({
      id: `level-${i + 1}`,
      rank: i + 1,
      name,
      essayName: name,
      definition: `Level ${i + 1} of the synthetic scale.`,
      summary: `The synthetic level ${name}.`,
      sources: cite(1),
      confidence: 'secondary',
    })),
    currentLevel: {
      levelId: 'level-2',
      holder: 'Synthetic Labs',
      statement: 'A synthetic statement of the current level.',
      date: '2024-10-01',
      basis: 'editorial',
      sources: cite(1),
      confidence: 'unconfirmed',
    },
    initiatives,
    concerns: CONCERNS.map((id) => ({
      id,
      name: title(id.replace(/-/g, ' ')),
      summary: `The synthetic concern ${id}.`,
      sources: cite(1),
      confidence: 'secondary',
    })),
    milestones,
    sources,
    tour: initiatives.slice(0, 5).map((n, i) => ({
      nodeId: n.id,
      headline: `Step ${i + 1}: ${n.name}`,
      narration: `What ${n.name} stands for in the synthetic roadmap.`,
      notes: 'Speaker notes for the synthetic tour.',
      sources: cite(1),
    })),
  };
}
