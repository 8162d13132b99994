import type { Concern, Initiative, Level, Milestone, Roadmap, Source } from './schema';

export type NodeKind = 'level' | 'initiative' | 'concern' | 'milestone';

/** Anything a person can select: one entry per level, initiative, concern and milestone. */
export type RoadmapNode =
  | { kind: 'level'; id: string; title: string; entity: Level }
  | { kind: 'initiative'; id: string; title: string; entity: Initiative }
  | { kind: 'concern'; id: string; title: string; entity: Concern }
  | { kind: 'milestone'; id: string; title: string; entity: Milestone };

/** Look-ups built once per dataset, so selectors can return stable references. */
export interface RoadmapIndex {
  nodes: Map<string, RoadmapNode>;
  sources: Map<string, Source>;
  /** Undirected links: level–initiative, level–milestone, initiative–concern, initiative–milestone, milestone–concern. */
  neighbours: Map<string, ReadonlySet<string>>;
  milestonesByInitiative: Map<string | null, Milestone[]>;
}

const EMPTY: ReadonlySet<string> = new Set();

export function indexRoadmap(roadmap: Roadmap): RoadmapIndex {
  const nodes = new Map<string, RoadmapNode>();
  for (const e of roadmap.levels) nodes.set(e.id, { kind: 'level', id: e.id, title: e.name, entity: e });
  for (const e of roadmap.initiatives) nodes.set(e.id, { kind: 'initiative', id: e.id, title: e.name, entity: e });
  for (const e of roadmap.concerns) nodes.set(e.id, { kind: 'concern', id: e.id, title: e.name, entity: e });
  for (const e of roadmap.milestones) nodes.set(e.id, { kind: 'milestone', id: e.id, title: e.title, entity: e });

  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!links.has(a)) links.set(a, new Set());
    if (!links.has(b)) links.set(b, new Set());
    links.get(a)?.add(b);
    links.get(b)?.add(a);
  };
  for (const n of roadmap.initiatives) {
    n.levels.forEach((l) => link(n.id, l.levelId));
    n.concerns.forEach((c) => link(n.id, c.concernId));
  }
  const milestonesByInitiative = new Map<string | null, Milestone[]>();
  for (const m of roadmap.milestones) {
    m.levels.forEach((l) => link(m.id, l.levelId));
    m.concerns?.forEach((c) => link(m.id, c));
    if (m.initiative) link(m.id, m.initiative);
    const lane = milestonesByInitiative.get(m.initiative) ?? [];
    lane.push(m);
    milestonesByInitiative.set(m.initiative, lane);
  }

  return {
    nodes,
    sources: new Map(roadmap.sources.map((s) => [s.id, s])),
    neighbours: links,
    milestonesByInitiative,
  };
}

export function neighboursOf(index: RoadmapIndex, id: string): ReadonlySet<string> {
  return index.neighbours.get(id) ?? EMPTY;
}
