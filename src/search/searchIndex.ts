import MiniSearch from 'minisearch';
import { foldText } from '../dataset/idFromTitle';
import { SEARCH_FIELDS, type SearchDocument } from './searchDocuments';

export type SearchIndex = MiniSearch<SearchDocument>;

/**
 * Words split at spaces and punctuation, but a hyphenated word is kept whole as well as in parts, so "2025-05"
 * finds May 2025 (and not 5 March) and "gpt-oss" finds gpt-oss.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/[\s\p{Z},;:!?()[\]{}"'“”‘’«»/\\|.]+/u)) {
    if (!word) continue;
    out.push(word);
    if (word.includes('-')) for (const part of word.split('-')) if (part) out.push(part);
  }
  return out;
}

// Typos are forgiven in words of four letters or more (one edit in five); shorter ones must be typed as they are.
const fuzzy = (term: string) => (term.length >= 4 ? 0.2 : false);

/** Builds the index in slices between frames, so a large dataset's page stays responsive while it builds. */
export async function buildSearchIndex(docs: SearchDocument[]): Promise<SearchIndex> {
  const index = new MiniSearch<SearchDocument>({
    fields: [...SEARCH_FIELDS],
    tokenize,
    processTerm: (term) => foldText(term),
    searchOptions: { prefix: true, fuzzy, combineWith: 'AND', boost: { title: 3, dates: 2, lane: 1.5 } },
  });
  await index.addAllAsync(docs, { chunkSize: 2000 });
  return index;
}

/** Every node matching the query, best first. */
export function searchIds(index: SearchIndex, query: string): string[] {
  return index.search(query).map((r) => r.id as string);
}
