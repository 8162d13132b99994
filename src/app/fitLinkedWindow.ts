import type { Roadmap } from '../dataset/schema';
import type { TimeWindow } from '../state/createAppStore';
import { fitWindow, milestonesWindow } from '../timeline/timeWindow';

/** A window from a link, fitted to the dataset, with a notice when it had to change. */
export function fitLinkedWindow(roadmap: Roadmap, today: number, window: TimeWindow | null): { window: TimeWindow | null; notices: string[] } {
  if (!window) return { window, notices: [] };
  const full = milestonesWindow(roadmap.milestones, today);
  const fitted = fitWindow(window, full);
  if (fitted.problem === 'outside')
    return { window: full, notices: ['The time window in the link lies outside the timeline, so the whole timeline is shown.'] };
  if (fitted.problem === 'narrow') return { window: fitted.window, notices: ['The time window in the link was narrower than two weeks, so it was widened.'] };
  return { window: fitted.window, notices: [] };
}
