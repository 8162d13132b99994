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
  readonly neighbours: Map<string, ReadonlySet<string>>;
  milestonesByInitiative: Map<string | null, Milestone[]>;
}

const EMPTY: ReadonlySet<string> = new Set();

export function indexRoadmap(roadmap: Roadmap): RoadmapIndex {
  const nodes = new Map<string, RoadmapNode>();
  for (const e of roadmap.levels) nodes.set(e.id, { kind: 'level', id: e.id, title: e.name, entity: e });
  for (const e of roadmap.initiatives) nodes.set(e.id, { kind: 'initiative', id: e.id, title: e.name, entity: e });
  for (const e of roadmap.concerns) nodes.set(e.id, { kind: 'concern', id: e.id, title: e.name, entity: e });
  for (const e of roadmap.milestones) nodes.set(e.id, { kind: 'milestone', id: e.id, title: e.title, entity: e });

  const milestonesByInitiative = new Map<string | null, Milestone[]>();
  for (const m of roadmap.milestones) {
    const lane = milestonesByInitiative.get(m.initiative);
    if (lane) lane.push(m);
    else milestonesByInitiative.set(m.initiative, [m]);
  }

  // Built on first use (the first highlight), not before the first render: a large dataset has a set per milestone.
  let neighbours: Map<string, ReadonlySet<string>> | undefined;
  return {
    nodes,
    sources: new Map(roadmap.sources.map((s) => [s.id, s])),
    get neighbours() {
      return (neighbours ??= linkNodes(roadmap));
    },
    milestonesByInitiative,
  };
}

function linkNodes(roadmap: Roadmap): Map<string, ReadonlySet<string>> {
  const links = new Map<string, Set<string>>();
  const linksOf = (id: string) => {
    let set = links.get(id);
    if (!set) links.set(id, (set = new Set()));
    return set;
  };
  const link = (a: string, b: string) => {
    linksOf(a).add(b);
    linksOf(b).add(a);
  };
  for (const n of roadmap.initiatives) {
    n.levels.forEach((l) => link(n.id, l.levelId));
    n.concerns.forEach((c) => link(n.id, c.concernId));
  }
  for (const m of roadmap.milestones) {
    m.levels.forEach((l) => link(m.id, l.levelId));
    m.concerns?.forEach((c) => link(m.id, c));
    if (m.initiative) link(m.id, m.initiative);
  }
  return links;
}

export function neighboursOf(index: RoadmapIndex, id: string): ReadonlySet<string> {
  return index.neighbours.get(id) ?? EMPTY;
}
