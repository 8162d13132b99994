import type { RoadmapIndex, RoadmapNode } from '../dataset/indexRoadmap';
import type { Basis, Milestone, Roadmap } from '../dataset/schema';

export interface LevelRef {
  id: string;
  basis: Basis;
  note?: string;
}
export interface ConcernRef {
  id: string;
  note: string;
}

/** Everything the panel lists for a node, derived from the dataset; no DOM, so it is tested alone. */
export interface NodeLinks {
  levels: LevelRef[];
  initiatives: { id: string; basis?: Basis; note?: string }[];
  concerns: ConcernRef[];
  milestones: Milestone[];
  sourceIds: string[];
}

export function linkedNodes(roadmap: Roadmap, index: RoadmapIndex, node: RoadmapNode): NodeLinks {
  const byDate = (a: Milestone, b: Milestone) => a.date.localeCompare(b.date);
  const concernOf = (id: string) => roadmap.concerns.find((c) => c.id === id);
  const links: NodeLinks = { levels: [], initiatives: [], concerns: [], milestones: [], sourceIds: [...(node.entity.sources ?? [])] };
  // One at a time: a node may cite hundreds of thousands of sources, too many to spread into push().
  const addSources = (ids: readonly string[] | undefined) => ids?.forEach((id) => links.sourceIds.push(id));
  if ('discrepancies' in node.entity) node.entity.discrepancies?.forEach((d) => addSources(d.sources));

  switch (node.kind) {
    case 'level': {
      for (const n of roadmap.initiatives) {
        const link = n.levels.find((l) => l.levelId === node.id);
        if (link) links.initiatives.push({ id: n.id, basis: link.basis, note: link.note });
      }
      links.milestones = roadmap.milestones.filter((m) => m.levels.some((l) => l.levelId === node.id)).sort(byDate);
      if (roadmap.currentLevel?.levelId === node.id) addSources(roadmap.currentLevel.sources);
      break;
    }
    case 'initiative': {
      links.levels = node.entity.levels.map((l) => ({ id: l.levelId, basis: l.basis, note: l.note }));
      links.concerns = node.entity.concerns.map((c) => ({ id: c.concernId, note: c.note }));
      links.milestones = [...(index.milestonesByInitiative.get(node.id) ?? [])].sort(byDate);
      node.entity.levels.forEach((l) => addSources(l.sources));
      node.entity.concerns.forEach((c) => addSources(c.sources));
      break;
    }
    case 'concern': {
      for (const n of roadmap.initiatives) {
        const link = n.concerns.find((c) => c.concernId === node.id);
        if (link) links.initiatives.push({ id: n.id, note: link.note });
      }
      links.milestones = roadmap.milestones.filter((m) => m.concerns?.includes(node.id)).sort(byDate);
      break;
    }
    case 'milestone': {
      const m = node.entity;
      links.levels = m.levels.map((l) => ({ id: l.levelId, basis: l.basis, note: l.note }));
      if (m.initiative) links.initiatives.push({ id: m.initiative });
      links.concerns = (m.concerns ?? []).map((id) => ({ id, note: concernOf(id)?.summary ?? '' }));
      m.levels.forEach((l) => addSources(l.sources));
      break;
    }
  }
  links.sourceIds = [...new Set(links.sourceIds)];
  return links;
}
