import type { Roadmap } from '../dataset/schema';
import type { TimeWindow } from '../state/createAppStore';
import { fitWindow, milestonesWindow } from '../timeline/timeWindow';
import { t } from '../i18n/i18n';

/** A window from a link, fitted to the dataset, with a notice when it had to change. */
export function fitLinkedWindow(roadmap: Roadmap, today: number, window: TimeWindow | null): { window: TimeWindow | null; notices: string[] } {
  if (!window) return { window, notices: [] };
  const full = milestonesWindow(roadmap.milestones, today);
  const fitted = fitWindow(window, full);
  if (fitted.problem === 'outside') return { window: full, notices: [t('app.fit.outside')] };
  if (fitted.problem === 'narrow') return { window: fitted.window, notices: [t('app.fit.narrow')] };
  return { window: fitted.window, notices: [] };
}
