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
  const lane = (id: string) => roadmap.milestones.filter((m) => m.initiative === id).sort(byDate);
  const levels = [...roadmap.levels]
    .sort((a, b) => a.rank - b.rank)
    .map((level) => ({
      level,
      isCurrent: roadmap.currentLevel?.levelId === level.id,
      initiatives: roadmap.initiatives
        .filter((n) => n.levels.some((l) => l.levelId === level.id))
        .map((initiative) => ({
          initiative,
          basis: initiative.levels.find((l) => l.levelId === level.id)?.basis ?? null,
          milestones: lane(initiative.id),
        })),
    }));
  const unmapped = roadmap.initiatives
    .filter((n) => n.levels.length === 0)
    .map((initiative) => ({ initiative, basis: null, milestones: lane(initiative.id) }));
  return { levels, unmapped, context: roadmap.milestones.filter((m) => m.initiative === null).sort(byDate) };
}

export function concernNames(roadmap: Roadmap, ids: readonly string[] | undefined): string[] {
  return (ids ?? []).map((id) => roadmap.concerns.find((c: Concern) => c.id === id)?.name ?? id);
}
