import type { Roadmap } from '../dataset/schema';
import { linkedWindow } from '../timeline/selectionWindow';
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
  const timeWindow = fitted.window ?? (parsed.present === null ? linkedWindow(roadmap, subject, today) : null);
  return { ...parsed, view: { ...parsed.view, timeWindow }, notices: [...parsed.notices, ...fitted.notices] };
}
