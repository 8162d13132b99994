import type { Roadmap, TourStep } from '../dataset/schema';
import { milestonesOf } from '../dataset/milestonesOf';
import type { TimeWindow } from '../state/createAppStore';
import { windowAround } from '../timeline/timeWindow';
import { t, type MessageId } from '../i18n/i18n';

/** The step a presentation should start at: the selected node's own step, else the first. */
export function stepOfNode(tour: readonly TourStep[], nodeId: string | null): number {
  const i = nodeId ? tour.findIndex((s) => s.nodeId === nodeId) : -1;
  return Math.max(0, i);
}

/**
 * The stretch of time a node lives in, so the timeline can move to it (a search result, say): a milestone with
 * about a year around it; a level, initiative or concern across its milestones (milestonesOf). Tour steps frame
 * themselves with stepFrame instead.
 */
export function focusWindow(roadmap: Roadmap, nodeId: string, full: TimeWindow): TimeWindow | null {
  return windowAround(milestonesOf(roadmap, nodeId), full);
}

export type PresentationAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: string }
  | { type: 'jump' }
  | { type: 'blank' }
  | { type: 'qr' }
  | { type: 'escape' };

/** The presentation key map, in one place so the help sheet and the handler cannot drift apart. */
export function presentationAction(key: string): PresentationAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
      return { type: 'jump' };
    case 'b':
    case 'B':
      return { type: 'blank' };
    case 'q':
    case 'Q':
      return { type: 'qr' };
    case 'Escape':
      return { type: 'escape' };
    default:
      return /^[0-9]$/.test(key) ? { type: 'digit', digit: key } : null;
  }
}

// The keys' names where a keyboard labels them differently, else the key itself.
const KEY_ROWS: [keys: MessageId | string, action: MessageId][] = [
  ['keys.present.next.keys', 'keys.present.next'],
  ['keys.present.previous.keys', 'keys.present.previous'],
  ['keys.present.ends.keys', 'keys.present.ends'],
  ['keys.present.jump.keys', 'keys.present.jump'],
  ['B', 'keys.present.blank'],
  ['Q', 'keys.present.qr'],
  ['Esc', 'keys.present.escape'],
  ['F', 'keys.present.fullscreen'],
  ['P', 'keys.present.start'],
];

/** What each key does, for the on-screen help, in the active language. */
export function presentationKeys(): [keys: string, action: string][] {
  return KEY_ROWS.map(([keys, action]) => [keys.length > 3 ? t(keys as MessageId) : keys, t(action)]);
}
