import type { Initiative, Milestone, Roadmap, Source } from '../dataset/schema';
import { fixtureRoadmap } from './fixtureRoadmap';

/** How big each list of a generated roadmap is; `cited` is how many sources every level, initiative and concern cites. */
export interface RoadmapShape {
  milestones: number;
  initiatives: number;
  levels: number;
  concerns: number;
  sources: number;
  cited: number;
  seed: number;
}

/**
 * A valid roadmap of any size for property tests, built in one pass per list (300,000 entries in well under a
 * second). Dates and links vary with `seed`; every list has at least one entry where the schema asks for one.
 * @example largeRoadmap({ milestones: 300_000, initiatives: 8, levels: 5, concerns: 3, sources: 10, cited: 1, seed: 1 })
 */
export function largeRoadmap(shape: RoadmapShape): Roadmap {
  let state = shape.seed >>> 0 || 1;
  // xorshift32: a seeded sequence, so a failing case replays exactly.
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  const pick = (n: number) => Math.floor(next() * n);
  // Plain loops, not Array.from with a callback: this builds up to a million entries per property run.
  const times = <T>(n: number, make: (i: number) => T): T[] => {
    const list = new Array<T>(n);
    for (let i = 0; i < n; i++) list[i] = make(i);
    return list;
  };
  const ids = (prefix: string, n: number) => times(Math.max(1, n), (i) => `${prefix}-${i}`);
  const sourceIds = ids('src', shape.sources);
  const levelIds = ids('level', shape.levels);
  const initiativeIds = ids('lane', shape.initiatives);
  const concernIds = ids('concern', shape.concerns);
  const cites = times(Math.max(1, shape.cited), (i) => sourceIds[i % sourceIds.length]!);
  const one = [sourceIds[0]!];
  const summary = 'Generated.';
  const confidence = 'secondary';

  const sources: Source[] = sourceIds.map((id) => ({ id, publisher: 'Publisher', title: `Report ${id}`, confidence: 'primary' }));
  const initiatives: Initiative[] = initiativeIds.map((id, i) => ({
    id,
    summary,
    confidence,
    name: `Initiative ${i}`,
    shortName: `I${i}`,
    group: 'product',
    sources: cites,
    levels: next() < 0.8 ? [{ levelId: levelIds[pick(levelIds.length)]!, basis: 'editorial', sources: one }] : [],
    concerns: next() < 0.5 ? [{ concernId: concernIds[pick(concernIds.length)]!, note: summary, sources: cites }] : [],
  }));
  const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  const day = (y: number, m: number, d: number) => `${y}-${two(m)}-${two(d)}`;
  const milestones: Milestone[] = times(shape.milestones, (i) => {
    const y = 1990 + pick(40);
    const precision = next();
    const date = precision < 0.7 ? day(y, 1 + pick(12), 1 + pick(28)) : precision < 0.9 ? day(y, 1 + pick(12), 1).slice(0, 7) : String(y);
    const milestone: Milestone = {
      id: `m-${i}`,
      title: `Milestone ${i}`,
      date,
      summary,
      initiative: next() < 0.05 ? null : initiativeIds[pick(initiativeIds.length)]!,
      levels: next() < 0.3 ? [{ levelId: levelIds[pick(levelIds.length)]!, basis: 'editorial', sources: one }] : [],
      sources: one,
      confidence,
    };
    if (next() < 0.2) milestone.concerns = [concernIds[pick(concernIds.length)]!];
    return milestone;
  });
  return {
    ...fixtureRoadmap,
    levels: levelIds.map((id, i) => ({
      id,
      summary,
      confidence,
      rank: i + 1,
      name: `Level ${i + 1}`,
      essayName: `Level ${i + 1}`,
      definition: summary,
      sources: cites,
    })),
    currentLevel: { ...fixtureRoadmap.currentLevel!, levelId: levelIds[0]!, sources: cites },
    initiatives,
    concerns: concernIds.map((id, i) => ({ id, summary, confidence, name: `Concern ${i}`, sources: cites })),
    milestones,
    sources,
    tour: [{ nodeId: levelIds[0]!, headline: 'Start', narration: summary, notes: summary, sources: cites }],
  };
}
