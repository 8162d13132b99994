import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppStore } from '../state/createAppStore';
import type { SearchIndex, searchIds } from './searchIndex';
import { searchDocuments } from './searchDocuments';
import { filterMatches } from './searchFilters';

// minisearch and the index code are not part of the first download.
const loadSearch = () => import('./searchIndex');

/** How many results the list shows; every match still lights up in the charts. */
export const RESULT_LIMIT = 20;

/**
 * Keeps the store's search matches in step with its query and filters. The index is built on first need (the
 * field gets focus, or the page opened with a query), never before the first paint, in slices between frames.
 * Returns the best results for the list, whether the index is still being built, and `prepare` to start it.
 */
export function useSearchMatches(store: AppStore) {
  const indexRef = useRef<{ index: SearchIndex; search: typeof searchIds } | null>(null);
  const building = useRef<Promise<void> | null>(null);
  const [ready, setReady] = useState(false);
  const [results, setResults] = useState<readonly string[]>([]);

  const prepare = useCallback(() => {
    building.current ??= loadSearch().then(async (search) => {
      indexRef.current = { index: await search.buildSearchIndex(searchDocuments(store.getState().index)), search: search.searchIds };
      setReady(true);
    });
    return building.current;
  }, [store]);

  useEffect(() => {
    const update = () => {
      const { filters, index, searchMatches, setSearchMatches } = store.getState();
      const query = filters.query?.trim() ?? '';
      if (query && !indexRef.current) {
        void prepare().catch(() => undefined);
        return;
      }
      const ids = query && indexRef.current ? indexRef.current.search(indexRef.current.index, query) : null;
      const matches = filterMatches(ids, index, filters);
      setResults(matches ? matches.slice(0, RESULT_LIMIT) : []);
      if (matches || searchMatches) setSearchMatches(matches ? new Set(matches) : null);
    };
    update();
    // Idle time fetches the code, so the first keystroke does not wait for the network.
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 500));
    idle(() => void loadSearch().catch(() => undefined));
    return store.subscribe((s, prev) => {
      if (s.filters.query !== prev.filters.query || s.filters.level !== prev.filters.level || s.filters.confidence !== prev.filters.confidence) update();
    });
  }, [store, prepare, ready]);

  return { results, ready, prepare };
}
