/// <reference lib="webworker" />
// The search runs here, off the page's main thread: building the index of a large dataset and scoring a word that
// thousands of documents share take tens of milliseconds, which would otherwise hold up the frames of the page.
import { buildSearchIndex, createSearcher, type Searcher } from './searchIndex';
import type { SearchDocument } from './searchDocuments';

export type SearchRequest = { type: 'build'; docs: SearchDocument[] } | { type: 'search'; seq: number; query: string };
export type SearchReply = { type: 'ready' } | { type: 'results'; seq: number; ids: string[] };

let searcher: Searcher | null = null;
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<SearchRequest>) => {
  const message = event.data;
  if (message.type === 'build') {
    searcher = createSearcher(await buildSearchIndex(message.docs));
    scope.postMessage({ type: 'ready' } satisfies SearchReply);
  } else if (searcher) {
    scope.postMessage({ type: 'results', seq: message.seq, ids: searcher(message.query) } satisfies SearchReply);
  }
};
