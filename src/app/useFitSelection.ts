import { useCallback, useEffect } from 'react';
import type { TimeWindow } from '../state/createAppStore';
import { useAppStoreApi } from '../state/AppStore';
import { useWindowTween } from '../present/useWindowTween';
import { selectionWindow } from '../timeline/selectionWindow';
import { milestonesWindow, openingWindow, sameWindow } from '../timeline/timeWindow';

/**
 * Selecting a node (or highlighting a concern) moves the timeline to its milestones, eased, or at once under
 * reduced motion. Changes that bring their own window are left alone: Back and Forward (the entry's window comes
 * with its selection), a search result placed by the search box, and the tour, which frames each step itself.
 * The new window then reaches the history entry the selection pushed, so Back returns to the one before.
 */
export function useFitSelection() {
  const store = useAppStoreApi();
  const apply = useCallback((w: TimeWindow | null) => store.getState().setTimeWindow(w), [store]);
  const tween = useWindowTween(apply);
  useEffect(() => {
    let frame = 0;
    const unsubscribe = store.subscribe((s, prev) => {
      const selected = s.selectedId !== prev.selectedId && s.selectedId !== null;
      const concern = s.filters.concern !== prev.filters.concern && s.filters.concern !== null;
      if ((!selected && !concern) || s.presentStep !== null || s.timeWindow !== prev.timeWindow) return;
      const id = selected ? s.selectedId! : s.filters.concern!;
      const before = s.timeWindow;
      cancelAnimationFrame(frame);
      // A frame later, so a caller that selects and then places the window itself (the search box) wins.
      frame = requestAnimationFrame(() => {
        const now = store.getState();
        if (now.timeWindow !== before || now.presentStep !== null) return;
        const full = milestonesWindow(now.roadmap.milestones, now.today);
        const opening = openingWindow(now.roadmap.milestones, now.today);
        const shown = now.timeWindow ?? opening;
        const target = selectionWindow(now.roadmap, id, shown, full);
        if (target) tween(shown, sameWindow(target, opening, full) ? null : target, opening);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [store, tween]);
}
