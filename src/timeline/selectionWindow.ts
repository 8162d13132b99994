import type { Roadmap } from '../dataset/schema';
import { milestonesOf } from '../dataset/milestonesOf';
import { roadmapDateRange } from '../dataset/roadmapDate';
import type { TimeWindow } from '../state/createAppStore';
import { clampWindow, milestonesWindow, openingWindow, sameWindow, windowAround } from './timeWindow';

/**
 * Where the timeline goes when a node is selected, or null to stay. An initiative, a level or a concern fits its
 * milestones (milestonesOf); a single milestone already in view stays put, and one outside slides into the
 * middle at the same zoom, so following links never loses the reader's scale.
 * @example selectionWindow(roadmap, 'sora', shown, full) // the span of Sora's milestones, with a margin
 */
export function selectionWindow(roadmap: Roadmap, nodeId: string, shown: TimeWindow, full: TimeWindow): TimeWindow | null {
  const milestones = milestonesOf(roadmap, nodeId);
  const only = milestones.length === 1 && milestones[0]!.id === nodeId ? milestones[0]! : null;
  if (!only) return windowAround(milestones, full);
  const { start, end } = roadmapDateRange(only.date);
  // A sliver of margin, so a mark on the very edge counts as outside.
  const margin = (shown.end - shown.start) * 0.04;
  if (start >= shown.start + margin && end <= shown.end - margin) return null;
  const half = (shown.end - shown.start) / 2;
  const middle = (start + end) / 2;
  return clampWindow({ start: middle - half, end: middle + half }, full);
}

/**
 * The window a link to a node or concern opens on when it names none: where selecting it would move the opening
 * window, or null when that is the opening window itself. Links leave this window out, as it goes without saying.
 * @example linkedWindow(roadmap, 'sora', today) // Sora's milestones, as `?node=sora` opens
 */
export function linkedWindow(roadmap: Roadmap, subject: string | null, today: number): TimeWindow | null {
  if (!subject) return null;
  const full = milestonesWindow(roadmap.milestones, today);
  const opening = openingWindow(roadmap.milestones, today);
  const target = selectionWindow(roadmap, subject, opening, full);
  return target && !sameWindow(target, opening, full) ? target : null;
}
