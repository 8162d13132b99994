import { createContext, useContext } from 'react';
import { useAppStore } from '../state/AppStore';
import { selectTabStop, type RovingScope } from '../state/selectors';

/**
 * Which chart a mark is in and which marks that chart holds. It changes only with the layout, so moving the
 * Tab stop (roving tabindex) re-renders no one through it: each mark subscribes to whether it is the stop.
 */
export const RovingTabStop = createContext<RovingScope | null>(null);

export function useIsTabStop(id: string): boolean {
  const scope = useContext(RovingTabStop);
  return useAppStore((s) => scope !== null && selectTabStop(scope)(s) === id);
}
