import type { Roadmap } from '../dataset/schema';
import type { TimeWindow } from '../state/createAppStore';
import { selectionWindow } from '../timeline/selectionWindow';
import { milestonesWindow, openingWindow, sameWindow } from '../timeline/timeWindow';
import { parseViewState, type KnownIds, type ParsedView } from '../url/viewStateUrl';
import { fitLinkedWindow } from './fitLinkedWindow';

/**
 * The view an address asks for, as the page opens and after Back or Forward alike: its parameters, with a linked window
 * fitted to the dataset, and a notice for whatever could not be used. A link to a node or a concern that names no
 * window opens on that node's milestones, as selecting it in the page would.
 * @example viewFromLocation({ search: '?node=codex', pathname: '/' }, known, roadmap, today).view.selectedId === 'codex'
 */
export function viewFromLocation(location: { search: string; pathname: string }, known: KnownIds, roadmap: Roadmap, today: number): ParsedView {
  const parsed = parseViewState(location.search, known, location.pathname);
  const fitted = fitLinkedWindow(roadmap, today, parsed.view.timeWindow);
  const subject = parsed.view.selectedId ?? parsed.view.filters.concern;
  const timeWindow = fitted.window ?? (subject && parsed.present === null ? subjectWindow(roadmap, subject, today) : null);
  return { ...parsed, view: { ...parsed.view, timeWindow }, notices: [...parsed.notices, ...fitted.notices] };
}

/** The window selecting `id` would move to from the opening one, or null when that is the opening window itself. */
function subjectWindow(roadmap: Roadmap, id: string, today: number): TimeWindow | null {
  const full = milestonesWindow(roadmap.milestones, today);
  const opening = openingWindow(roadmap.milestones, today);
  const target = selectionWindow(roadmap, id, opening, full);
  return target && !sameWindow(target, opening, full) ? target : null;
}
