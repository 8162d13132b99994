/// <reference lib="webworker" />
// The search runs here, off the page's main thread: building the index of a large dataset and scoring a word that
// thousands of documents share take tens of milliseconds, which would otherwise hold up the frames of the page.
import { buildSearchIndex, createSearcher, type Searcher } from './searchIndex';
import type { SearchDocument } from './searchDocuments';

export type SearchRequest = { type: 'build'; docs: SearchDocument[] } | { type: 'search'; seq: number; query: string };
/**
 * The matches come back as the positions of their documents in the list that built the index, best first: a
 * Uint32Array is handed over, not copied, where 20,000 id strings would be cloned on both sides.
 */
export type SearchReply = { type: 'ready' } | { type: 'results'; seq: number; positions: Uint32Array };

let searcher: Searcher | null = null;
let positionOf = new Map<string, number>();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<SearchRequest>) => {
  const message = event.data;
  if (message.type === 'build') {
    positionOf = new Map(message.docs.map((d, i) => [d.id, i]));
    searcher = createSearcher(await buildSearchIndex(message.docs));
    scope.postMessage({ type: 'ready' } satisfies SearchReply);
  } else if (searcher) {
    const positions = Uint32Array.from(searcher(message.query), (id) => positionOf.get(id)!);
    scope.postMessage({ type: 'results', seq: message.seq, positions } satisfies SearchReply, [positions.buffer]);
  }
};
