import type { Milestone, Roadmap } from './schema';

/**
 * What a tour step is about, on the charts: a level is shown in the levels chart; anything else by its
 * milestones on the timeline (a milestone itself, an initiative's, or those a concern names; a concern named
 * only by initiatives takes their milestones).
 */
export type TourSubject = { kind: 'level'; levelId: string } | { kind: 'milestones'; milestones: readonly Milestone[] };

export function tourSubject(roadmap: Roadmap, nodeId: string): TourSubject {
  if (roadmap.levels.some((l) => l.id === nodeId)) return { kind: 'level', levelId: nodeId };
  const own = roadmap.milestones.filter((m) => m.id === nodeId || m.initiative === nodeId || m.concerns?.includes(nodeId));
  if (own.length || !roadmap.concerns.some((c) => c.id === nodeId)) return { kind: 'milestones', milestones: own };
  const initiatives = new Set(roadmap.initiatives.filter((i) => i.concerns.some((c) => c.concernId === nodeId)).map((i) => i.id));
  return { kind: 'milestones', milestones: roadmap.milestones.filter((m) => m.initiative !== null && initiatives.has(m.initiative)) };
}
