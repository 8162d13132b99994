import type { Roadmap } from '../dataset/schema';
import { parseViewState, type KnownIds, type ParsedView } from '../url/viewStateUrl';
import { fitLinkedWindow } from './fitLinkedWindow';

/**
 * The view an address asks for, as the page opens and after Back or Forward alike: its parameters, with a linked window
 * fitted to the dataset, and a notice for whatever could not be used.
 * @example viewFromLocation({ search: '?node=codex', pathname: '/' }, known, roadmap, today).view.selectedId === 'codex'
 */
export function viewFromLocation(location: { search: string; pathname: string }, known: KnownIds, roadmap: Roadmap, today: number): ParsedView {
  const parsed = parseViewState(location.search, known, location.pathname);
  const fitted = fitLinkedWindow(roadmap, today, parsed.view.timeWindow);
  return { ...parsed, view: { ...parsed.view, timeWindow: fitted.window }, notices: [...parsed.notices, ...fitted.notices] };
}
