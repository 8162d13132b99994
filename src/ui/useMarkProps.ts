import { useAppStore } from '../state/AppStore';
import { selectNodeState, selectTouchedByConcern } from '../state/selectors';
import { useMarkHandlers } from './useMarkHandlers';
import { useIsTabStop } from './RovingTabStop';
import './marks.css';

/**
 * Everything a chart mark needs besides its shape: the node id the tests and deep links rely on,
 * a tab stop, the button role, state classes for highlighting, and the event handlers.
 */
export function useMarkProps(id: string, kindClass: string, label: string) {
  const state = useAppStore(selectNodeState(id));
  const selected = useAppStore((s) => s.selectedId === id);
  const concern = useAppStore(selectTouchedByConcern(id));
  const handlers = useMarkHandlers(id);
  const tabStop = useIsTabStop(id);
  return {
    className: `mark ${kindClass} is-${state}${selected ? ' is-selected' : ''}${concern ? ' is-concern' : ''}`,
    'data-node-id': id,
    tabIndex: tabStop ? 0 : -1,
    role: 'button',
    'aria-label': label,
    ...handlers,
  };
}
