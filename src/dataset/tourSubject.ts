import type { Milestone, Roadmap } from './schema';
import { milestonesOf } from './milestonesOf';

/**
 * What a tour step is about, on the charts: a level is shown in the levels chart; anything else by its
 * milestones on the timeline (milestonesOf).
 */
export type TourSubject = { kind: 'level'; levelId: string } | { kind: 'milestones'; milestones: readonly Milestone[] };

export function tourSubject(roadmap: Roadmap, nodeId: string): TourSubject {
  if (roadmap.levels.some((l) => l.id === nodeId)) return { kind: 'level', levelId: nodeId };
  return { kind: 'milestones', milestones: milestonesOf(roadmap, nodeId) };
}
