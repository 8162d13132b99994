import type { Milestone, Roadmap } from './schema';

/**
 * The milestones a node stands for on the timeline: a milestone itself, an initiative's, those that reach a level,
 * or those a concern names (a concern named only by initiatives takes theirs). Selection, search and the tour
 * all frame the timeline on these.
 * @example milestonesOf(roadmap, 'sora').map((m) => m.id) // ['sora-preview', 'sora-launch', …]
 */
export function milestonesOf(roadmap: Roadmap, nodeId: string): readonly Milestone[] {
  const own = roadmap.milestones.filter(
    (m) => m.id === nodeId || m.initiative === nodeId || m.concerns?.includes(nodeId) || m.levels.some((l) => l.levelId === nodeId),
  );
  if (own.length || !roadmap.concerns.some((c) => c.id === nodeId)) return own;
  const initiatives = new Set(roadmap.initiatives.filter((i) => i.concerns.some((c) => c.concernId === nodeId)).map((i) => i.id));
  return roadmap.milestones.filter((m) => m.initiative !== null && initiatives.has(m.initiative));
}
