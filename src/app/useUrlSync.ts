import { useEffect } from 'react';
import { useAppStoreApi } from '../state/AppStore';
import { appRootPath, formatDataAddress, formatViewState, parseDataAddress, type KnownIds } from '../url/viewStateUrl';
import { viewFromLocation } from './viewFromLocation';
import { linkedWindow } from '../timeline/selectionWindow';
import { i18n } from '../i18n/i18n';
import { chosenLanguage, followAddressLanguage } from '../i18n/startLanguage';

const REPLACE_DELAY = 250;

/**
 * Names another dataset in the address (`?data=`, or a link's own roadmap in its fragment), or none for the
 * built-in one, keeping the view: after Reset, when a file replaces a linked dataset, or when one that failed to
 * draw gives way to the one before it.
 */
export function writeDataAddress(address: string | null) {
  if (parseDataAddress(window.location.search, window.location.hash) === address) return;
  window.history.replaceState(null, '', formatDataAddress(window.location, address));
}

/** The app's own root with no parameters: the built-in roadmap's default view, which a failed view must not reopen. */
export function clearViewAddress() {
  window.history.replaceState(null, '', appRootPath(window.location.pathname));
}

/**
 * The only code that writes history (the two functions above and this hook). A new selection pushes an entry, so
 * Back and Forward step through selections; zoom, pan and filters replace the current entry,
 * debounced, so a gesture does not flood the history. Embedded, it only ever replaces, so the
 * host page's Back button stays the host's. Once the view changes, a share page (`n/<id>/`)
 * hands over to the app's own address with query parameters.
 */
export function useUrlSync(known: KnownIds, embed: boolean) {
  const store = useAppStoreApi();
  useEffect(() => {
    let applying = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A zoom still waiting for its debounced write is written at once before anything else moves the URL.
    let pending = false;
    const flush = () => {
      clearTimeout(timer);
      if (pending) {
        pending = false;
        write('replace');
      }
    };
    const write = (mode: 'push' | 'replace') => {
      const { selectedId, view, timeWindow, filters, presentStep, roadmap, today } = store.getState();
      const search = formatViewState({ selectedId, view, timeWindow, filters }, window.location.search, {
        embed,
        present: presentStep,
        language: chosenLanguage(),
        // `?node=sora` opens on Sora's milestones: that window goes without saying.
        impliedWindow: linkedWindow(roadmap, selectedId ?? filters.concern, today),
      });
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
        flush();
        write('replace');
      } else if (s.selectedId !== prev.selectedId || s.view !== prev.view) {
        flush();
        write('push');
      } else if (s.timeWindow !== prev.timeWindow || s.filters !== prev.filters) {
        clearTimeout(timer);
        pending = true;
        timer = setTimeout(flush, REPLACE_DELAY);
      }
    });
    const onPopState = () => {
      // The entry a pending zoom belonged to is already left behind; writing it now would overwrite this one.
      clearTimeout(timer);
      pending = false;
      const { roadmap, today } = store.getState();
      const { view, present, notices } = viewFromLocation(window.location, known, roadmap, today);
      applying = true;
      store.setState(view);
      if (present !== null) store.getState().present(present);
      else if (store.getState().presentStep !== null) store.getState().stopPresenting();
      store.getState().showNotices(notices);
      applying = false;
      // The entry's lang= too (its catalogue may have to load first); the address already names it, so nothing is written.
      void followAddressLanguage(window.location.search);
    };
    // A tour opened by link shows its (possibly clamped) step and node in the address straight away.
    if (store.getState().presentStep !== null) write('replace');
    // A language chosen in the switcher (or given up for the browser's) shows in the address at once.
    const unsubscribeLanguage = i18n.on('change', () => {
      flush();
      write('replace');
    });
    window.addEventListener('popstate', onPopState);
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      unsubscribe();
      unsubscribeLanguage();
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', flush);
    };
  }, [store, known, embed]);
}
