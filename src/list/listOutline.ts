import type { Basis, Concern, Initiative, Level, Milestone, Roadmap } from '../dataset/schema';

export interface OutlineInitiative {
  initiative: Initiative;
  basis: Basis | null;
  milestones: Milestone[];
}

export interface Outline {
  levels: { level: Level; isCurrent: boolean; initiatives: OutlineInitiative[] }[];
  /** Initiatives that advance no level of the scale. */
  unmapped: OutlineInitiative[];
  /** Milestones that belong to no initiative. */
  context: Milestone[];
}

/** The same data the charts draw, as an outline: levels → initiatives → milestones, in reading order. */
export function listOutline(roadmap: Roadmap): Outline {
  const byDate = (a: Milestone, b: Milestone) => a.date.localeCompare(b.date);
  // Grouped in one pass each, not filtered per level or lane: a large dataset would make that quadratic.
  const lanes = groupBy(roadmap.milestones, (m) => [m.initiative]);
  for (const list of lanes.values()) list.sort(byDate);
  const lane = (id: string) => lanes.get(id) ?? [];
  const byLevel = groupBy(roadmap.initiatives, (n) => n.levels.map((l) => l.levelId));
  const levels = [...roadmap.levels]
    .sort((a, b) => a.rank - b.rank)
    .map((level) => ({
      level,
      isCurrent: roadmap.currentLevel?.levelId === level.id,
      initiatives: (byLevel.get(level.id) ?? []).map((initiative) => ({
        initiative,
        basis: initiative.levels.find((l) => l.levelId === level.id)?.basis ?? null,
        milestones: lane(initiative.id),
      })),
    }));
  const unmapped = roadmap.initiatives.filter((n) => n.levels.length === 0).map((initiative) => ({ initiative, basis: null, milestones: lane(initiative.id) }));
  return { levels, unmapped, context: lanes.get(null) ?? [] };
}

/** Each item under every key it names (once per key), in the items' order. */
function groupBy<T, K>(items: readonly T[], keysOf: (item: T) => K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export function concernNames(roadmap: Roadmap, ids: readonly string[] | undefined): string[] {
  return (ids ?? []).map((id) => roadmap.concerns.find((c: Concern) => c.id === id)?.name ?? id);
}
