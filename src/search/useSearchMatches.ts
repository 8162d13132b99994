import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStoreApi } from '../state/AppStore';
import { searchDocuments } from './searchDocuments';
import { filterMatches } from './searchFilters';
import type { SearchReply, SearchRequest } from './searchWorker';

/** How many results the list shows; every match still lights up in the charts. */
export const RESULT_LIMIT = 20;

/**
 * Keeps the store's search matches in step with its query and filters. minisearch runs in a worker, started on
 * first need (the field gets focus, or the page opened with a query), so neither building the index nor scoring
 * a query ever holds up the page's frames. Returns the best results for the list, the query they answer, whether
 * the index is ready, and `prepare` to start it.
 */
export function useSearchMatches() {
  const store = useAppStoreApi();
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const [ready, setReady] = useState(false);
  const [answer, setAnswer] = useState<{ query: string; results: readonly string[] }>({ query: '', results: [] });

  const pendingHighlight = useRef<{ frame: number; timer?: ReturnType<typeof setTimeout> }>({ frame: 0 });

  // The matches of the query (ids, best first, or null for none) narrowed by the filters: the list shows them in
  // the next frame; the charts light them up in the one after, once typing pauses, as repainting a large timeline
  // for every keystroke would cost the list its frame.
  const apply = useCallback(
    (query: string, ids: string[] | null) => {
      const { filters, index } = store.getState();
      const matches = filterMatches(ids, index, filters);
      setAnswer({ query, results: matches ? matches.slice(0, RESULT_LIMIT) : [] });
      cancelAnimationFrame(pendingHighlight.current.frame);
      clearTimeout(pendingHighlight.current.timer);
      pendingHighlight.current.frame = requestAnimationFrame(() => {
        pendingHighlight.current.timer = setTimeout(() => {
          const { searchMatches, setSearchMatches } = store.getState();
          if (matches || searchMatches) setSearchMatches(matches ? new Set(matches) : null);
        });
      });
    },
    [store],
  );

  const ask = useCallback(() => {
    const query = store.getState().filters.query?.trim() ?? '';
    const n = ++seq.current;
    if (!query) apply('', null);
    else worker.current?.postMessage({ type: 'search', seq: n, query } satisfies SearchRequest);
  }, [store, apply]);

  const prepare = useCallback(() => {
    if (worker.current) return;
    const w = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      if (reply.type === 'ready') {
        setReady(true);
        ask();
      } else if (reply.seq === seq.current) {
        // An answer to a query typed over since is dropped: the newer one is on its way.
        apply(store.getState().filters.query?.trim() ?? '', reply.ids);
      }
    };
    w.postMessage({ type: 'build', docs: searchDocuments(store.getState().index) } satisfies SearchRequest);
  }, [store, ask, apply]);

  useEffect(() => {
    const { query, level, confidence } = store.getState().filters;
    if (query?.trim()) prepare();
    // Filters from the link light up their nodes with no index; after this render, not during it.
    else if (level || confidence) queueMicrotask(ask);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.filters.query === prev.filters.query && s.filters.level === prev.filters.level && s.filters.confidence === prev.filters.confidence) return;
      if (s.filters.query?.trim()) prepare();
      ask();
    });
    return () => {
      unsubscribe();
      worker.current?.terminate();
      worker.current = null;
    };
  }, [store, prepare, ask]);

  return { results: answer.results, answered: answer.query, ready, prepare };
}
