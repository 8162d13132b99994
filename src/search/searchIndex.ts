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

// Typos are forgiven in words of four letters or more (one edit in five); shorter ones, and numbers (2024 is not
// a typo of 2025), must be typed as they are.
const fuzzy = (term: string) => (term.length >= 4 && !/^\d/.test(term) ? 0.2 : false);

/** Builds the index in slices between frames, so a large dataset's page stays responsive while it builds. */
export async function buildSearchIndex(docs: SearchDocument[]): Promise<SearchIndex> {
  const index = new MiniSearch<SearchDocument>({
    fields: [...SEARCH_FIELDS],
    // Dates are listed as whole words already ("2025 2025-05 2025-05-16 16 May 2025"): split only at spaces.
    tokenize: (text, field) => (field === 'dates' ? text.split(' ').filter(Boolean) : tokenize(text)),
    processTerm: (term) => foldText(term),
    searchOptions: { boost: { title: 3, dates: 2, lane: 1.5 } },
  });
  await index.addAllAsync(docs, { chunkSize: 2000 });
  return index;
}

/** A query's words: split like the text, but a hyphenated word stays whole ("2025-05" is one word, not "2025" and "05"). */
export function queryWords(query: string): string[] {
  return tokenize(query).filter((word, i, all) => !all.slice(0, i).some((w) => w.includes('-') && w.split('-').includes(word)));
}

// The word being typed (the last) matches as a prefix once it has two letters. Numbers and dates match whole
// ("2025", "2025-05"): as prefixes, "2" or "2025" would match every number or day in a large dataset.
const asPrefix = (word: string) => !/^\d/.test(word) && word.length >= 2;

export type Searcher = (query: string) => string[];

type Matches = Map<string, number>;

/**
 * A search that answers a query word by word with minisearch (prefix and fuzzy matching are its own) and keeps
 * every node that matches all the words, best first. At 20,000 milestones a common word scores thousands of
 * documents, so two things keep a keystroke cheap. Each word's matches are kept, so a keystroke only searches the
 * word it changes. And a word is scored only among the nodes that already match the other words: minisearch skips
 * a document its `boostDocument` gives 0 before it builds a result for it, and a node outside that set would be
 * dropped by the intersection anyway, so the answer is the same, scores included.
 */
export function createSearcher(index: SearchIndex): Searcher {
  // A word's matches over the whole index, and its matches among the nodes that match a set of other words.
  const whole = new Map<string, Matches>();
  const among = new Map<string, Matches>();
  const matchesOf = (word: string, prefix: boolean, candidates: Matches | null) => {
    // The word is already one word: no second split, so "2024-0" is looked up whole.
    const results = index.search(word, {
      prefix,
      fuzzy,
      tokenize: (w) => [w],
      combineWith: 'OR',
      boostDocument: candidates ? (id) => (candidates.has(id as string) ? 1 : 0) : undefined,
    });
    return new Map(results.map((r) => [r.id as string, r.score]));
  };
  return (query) => {
    const words = queryWords(query);
    if (!words.length) return [];
    if (whole.size + among.size > 400) {
      whole.clear();
      among.clear();
    }
    const keys = words.map((w, i) => `${i === words.length - 1 && asPrefix(w) ? '*' : '='}${w}`);
    // Words searched before come first, smallest first; the rest follow in the order typed.
    const order = keys
      .map((key, i) => ({ key, word: words[i]!, known: whole.get(key) }))
      .sort((a, b) => (a.known?.size ?? Number.MAX_SAFE_INTEGER) - (b.known?.size ?? Number.MAX_SAFE_INTEGER));
    let scored: Matches | null = null;
    const done: string[] = [];
    for (const { key, word, known } of order) {
      let found = known;
      if (!found && !scored) whole.set(key, (found = matchesOf(word, key[0] === '*', null)));
      if (!found) {
        const narrowed = `${key} among ${[...done].sort().join(' ')}`;
        found = among.get(narrowed);
        if (!found) among.set(narrowed, (found = matchesOf(word, key[0] === '*', scored)));
      }
      done.push(key);
      if (!scored) scored = new Map(found);
      else {
        const both: Matches = new Map();
        for (const [id, score] of scored) {
          const s = found.get(id);
          if (s !== undefined) both.set(id, score + s);
        }
        scored = both;
      }
      if (!scored.size) return [];
    }
    return [...scored!].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  };
}

/** Every node matching the query, best first (a one-off search; the app keeps a createSearcher). */
export function searchIds(index: SearchIndex, query: string): string[] {
  return createSearcher(index)(query);
}
