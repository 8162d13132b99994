import { useMemo, type FocusEvent, type KeyboardEvent } from 'react';
import { useAppStoreApi } from '../state/AppStore';

/** Pointer and keyboard wiring shared by every chart mark: click or Enter/Space selects, hover or focus previews. */
export function useMarkHandlers(id: string) {
  const store = useAppStoreApi();
  return useMemo(() => {
    const { select, hover } = store.getState();
    return {
      onClick: () => select(id),
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          select(id);
        }
      },
      onMouseEnter: () => hover(id),
      onMouseLeave: () => hover(null),
      onFocus: () => hover(id),
      // Focus moving to another mark hovers that one straight away: clearing the hover in between would make every
      // mark's highlight change twice, and re-render them all, on each arrow key.
      onBlur: (event: FocusEvent) => {
        if (!(event.relatedTarget as Element | null)?.closest?.('[data-node-id]')) hover(null);
      },
    };
  }, [store, id]);
}
