import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { searchDocuments } from './searchDocuments';
import { currentLanguage } from '../i18n/i18n';
import { useLanguage } from '../i18n/useT';
import { filterMatches } from './searchFilters';
import type { SearchReply, SearchRequest } from './searchWorker';

/** How long typing must pause before the charts light up the matches (the list answers at once). */
export const HIGHLIGHT_PAUSE_MS = 150;

/** How many results the list shows; every match still lights up in the charts. */
export const RESULT_LIMIT = 20;

interface Answer {
  /** The query the answer is for. */
  query: string;
  /** The best matches, for the list. */
  results: readonly string[];
  /** Every match, best first, or null for none (no query and no filter). */
  matches: readonly string[] | null;
}

/** Whether `matches` holds the same nodes as the set the charts light up already. */
function sameMatches(matches: readonly string[] | null, shown: ReadonlySet<string> | null): boolean {
  if (!matches || !shown) return matches === null && shown === null;
  return matches.length === shown.size && matches.every((id) => shown.has(id));
}

/**
 * Keeps the store's search matches in step with its query and filters. minisearch runs in a worker, started on
 * first need (the field gets focus, or the page opened with a query), so neither building the index nor scoring
 * a query ever holds up the page's frames. Returns the best results for the list, how many matched, the query they
 * answer, whether the index is ready, and `prepare` to start it.
 *
 * One search is in the worker at a time: a query typed while it works waits for its answer, and only the newest of
 * those is sent, so a fast typist never queues searches nobody will see. Each request carries a number, and an
 * answer to anything but the newest is dropped, so an older query's answer never replaces a newer one's.
 */
export function useSearchMatches() {
  const store = useAppStoreApi();
  const worker = useRef<Worker | null>(null);
  const ids = useRef<readonly string[]>([]);
  const seq = useRef(0);
  const busy = useRef(false);
  const waiting = useRef(false);
  const built = useRef(false);
  const [ready, setReady] = useState(false);
  const [answer, setAnswer] = useState<Answer>({ query: '', results: [], matches: null });

  // The matches of the query (ids best first, or null for none) narrowed by the filters.
  const apply = useCallback(
    (query: string, found: string[] | null) => {
      const { filters, index } = store.getState();
      const matches = filterMatches(found, index, filters);
      setAnswer({ query, results: matches ? matches.slice(0, RESULT_LIMIT) : [], matches });
    },
    [store],
  );

  const send = useCallback(() => {
    const query = store.getState().filters.query?.trim() ?? '';
    busy.current = true;
    worker.current?.postMessage({ type: 'search', seq: seq.current, query } satisfies SearchRequest);
  }, [store]);

  const ask = useCallback(() => {
    const query = store.getState().filters.query?.trim() ?? '';
    seq.current++;
    waiting.current = false;
    if (!query) apply('', null);
    else if (busy.current) waiting.current = true;
    else if (built.current) send();
  }, [store, apply, send]);

  const prepare = useCallback(() => {
    if (worker.current) return;
    const w = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      if (reply.type === 'ready') {
        built.current = true;
        setReady(true);
        ask();
        return;
      }
      busy.current = false;
      if (waiting.current) {
        // Typed over while the worker worked: this answer is stale, and the newest query goes now.
        waiting.current = false;
        send();
      } else if (reply.seq === seq.current) {
        const found = Array.from(reply.positions, (i) => ids.current[i]!);
        // Rendered now, not in a scheduled task, so the answer is on screen in the next frame.
        flushSync(() => apply(store.getState().filters.query?.trim() ?? '', found));
      }
    };
    // In the page's language and in English, so English words find their nodes in every language.
    const docs = searchDocuments(store.getState().index, currentLanguage());
    ids.current = docs.map((d) => d.id);
    w.postMessage({ type: 'build', docs } satisfies SearchRequest);
  }, [store, ask, send, apply]);

  // A new language (or a roadmap in it) rebuilds a started index, so its dates and titles are searched as they read.
  const language = useLanguage();
  const index = useAppStore((s) => s.index);
  const indexed = useRef({ language, index });
  useEffect(() => {
    const w = worker.current;
    if (indexed.current.language === language && indexed.current.index === index) return;
    indexed.current = { language, index };
    if (!w) return;
    const docs = searchDocuments(index, language);
    ids.current = docs.map((d) => d.id);
    built.current = false;
    seq.current++; // an answer still on its way is from the old index: dropped; 'ready' asks again
    w.postMessage({ type: 'build', docs } satisfies SearchRequest);
  }, [language, index]);

  // The charts light the matches up once typing pauses, in a task of their own: repainting a large timeline costs
  // more than a frame's time at 20,000 milestones, and a repaint per keystroke would hold up the next keystroke's
  // answer for a result nobody looks at mid-word. A newer answer cancels a repaint still waiting, and matches the
  // charts already show are not painted again.
  useEffect(() => {
    const timer = setTimeout(() => {
      const { searchMatches, setSearchMatches } = store.getState();
      if (!sameMatches(answer.matches, searchMatches)) setSearchMatches(answer.matches ? new Set(answer.matches) : null);
    }, HIGHLIGHT_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [store, answer]);

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
      built.current = false;
      busy.current = false;
      waiting.current = false;
    };
  }, [store, prepare, ask]);

  return { results: answer.results, count: answer.matches?.length ?? null, answered: answer.query, ready, prepare };
}
