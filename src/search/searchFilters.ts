import type { RoadmapIndex, RoadmapNode } from '../dataset/indexRoadmap';
import type { Confidence } from '../dataset/schema';

/** The highest level a node reaches: a level itself, or the top of an initiative's or milestone's links. */
export function levelReached(node: RoadmapNode, index: RoadmapIndex): string | null {
  if (node.kind === 'level') return node.id;
  if (node.kind === 'concern') return null;
  let best: { id: string; rank: number } | null = null;
  for (const l of node.entity.levels) {
    const level = index.nodes.get(l.levelId);
    if (level?.kind === 'level' && (!best || level.entity.rank > best.rank)) best = { id: level.id, rank: level.entity.rank };
  }
  return best?.id ?? null;
}

export interface SearchFilters {
  level?: string | null;
  confidence?: Confidence | null;
}

/**
 * The matches of a query (ids best first, or null for no query) narrowed to a level reached and a confidence;
 * null when neither a query nor a filter is active.
 */
export function filterMatches(ids: readonly string[] | null, index: RoadmapIndex, { level, confidence }: SearchFilters): readonly string[] | null {
  if (!level && !confidence) return ids;
  const keep = (node: RoadmapNode | undefined) =>
    !!node && (!confidence || node.entity.confidence === confidence) && (!level || levelReached(node, index) === level);
  if (ids) return ids.filter((id) => keep(index.nodes.get(id)));
  return [...index.nodes.values()].filter(keep).map((n) => n.id);
}
