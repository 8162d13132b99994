import type { LaneBox } from './timelineTracks';

/** Anything on the timeline that takes focus: a milestone's mark or a bin of milestones. */
export interface FocusTarget {
  id: string;
  laneId: string;
  x: number;
  y: number;
}

/**
 * Arrow-key moves on the timeline: ←/→ along a lane in date order, ↑/↓ to the nearest target in time
 * on the next lane that has one in view, Home/End to the ends of the lane.
 */
export function timelineNavigation(lanes: readonly LaneBox[], targets: readonly FocusTarget[], currentId: string, key: string): string | null {
  const current = targets.find((m) => m.id === currentId);
  if (!current) return null;
  const inLane = (laneId: string) => targets.filter((m) => m.laneId === laneId).sort((a, b) => a.x - b.x || a.y - b.y);
  const lane = inLane(current.laneId);
  const i = lane.findIndex((m) => m.id === currentId);
  switch (key) {
    case 'ArrowRight':
      return lane[i + 1]?.id ?? null;
    case 'ArrowLeft':
      return lane[i - 1]?.id ?? null;
    case 'Home':
      return lane[0]?.id ?? null;
    case 'End':
      return lane.at(-1)?.id ?? null;
    case 'ArrowDown':
    case 'ArrowUp': {
      const order = lanes.map((l) => l.id);
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let li = order.indexOf(current.laneId) + step; li >= 0 && li < order.length; li += step) {
        const candidates = inLane(order[li]!);
        if (candidates.length) return candidates.reduce((best, m) => (Math.abs(m.x - current.x) < Math.abs(best.x - current.x) ? m : best)).id;
      }
      return null;
    }
    default:
      return null;
  }
}
