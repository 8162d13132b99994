import { useEffect } from 'react';
import type { AppStore } from '../state/createAppStore';
import { appRootPath, formatViewState, parseViewState, type KnownIds } from '../url/viewStateUrl';

const REPLACE_DELAY = 250;

/**
 * The only code that touches window.location and history. A new selection pushes an entry, so
 * Back and Forward step through selections; zoom, pan and filters replace the current entry,
 * debounced, so a gesture does not flood the history. Embedded, it only ever replaces, so the
 * host page's Back button stays the host's. Once the view changes, a share page (`n/<id>/`)
 * hands over to the app's own address with query parameters.
 */
export function useUrlSync(store: AppStore, known: KnownIds, embed: boolean, onNotices: (notices: string[]) => void) {
  useEffect(() => {
    let applying = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = (mode: 'push' | 'replace') => {
      const { selectedId, timeWindow, filters, presentStep } = store.getState();
      const search = formatViewState({ selectedId, timeWindow, filters }, window.location.search, { embed, present: presentStep });
      const path = appRootPath(window.location.pathname);
      if (search === window.location.search && path === window.location.pathname) return;
      const url = `${path}${search}${window.location.hash}`;
      if (mode === 'push' && !embed) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (applying) return;
      if (s.presentStep !== prev.presentStep || (s.presentStep !== null && s.selectedId !== prev.selectedId)) {
        // The URL follows the tour step without filling the history with steps.
        clearTimeout(timer);
        write('replace');
      } else if (s.selectedId !== prev.selectedId) {
        clearTimeout(timer);
        write('push');
      } else if (s.timeWindow !== prev.timeWindow || s.filters !== prev.filters) {
        clearTimeout(timer);
        timer = setTimeout(() => write('replace'), REPLACE_DELAY);
      }
    });
    const onPopState = () => {
      const { view, notices, present } = parseViewState(window.location.search, known, window.location.pathname);
      applying = true;
      store.setState(view);
      if (present !== null) store.getState().present(present);
      else if (store.getState().presentStep !== null) store.getState().stopPresenting();
      applying = false;
      onNotices(notices);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [store, known, embed, onNotices]);
}
